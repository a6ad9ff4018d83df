using System.Collections.Generic;
using System.Text;
using Bce.Generator.Model;

namespace Bce.Generator.Emitting;

/// <summary>
/// Emits the client class and its interface: one async method per operation that turns the request object into a
/// <c>BceRequestMessage</c> and hands it to the runtime pipeline (signing, retries and errors live there).
/// </summary>
internal static partial class ClientEmitter
{
    /// <summary>
    /// One method of the client, as both declarations print it: the interface writes the docs and the signature, the
    /// class <c>inheritdoc</c>, the signature and the body. Both walk the same list, so they cannot drift apart.
    /// </summary>
    private sealed record ClientMethod(System.Action<SourceWriter> WriteDocs, string Signature, System.Action<SourceWriter> WriteBody);

    /// <summary>Every operation's methods (the call, its shorthand, its pager) in spec order, then the waiters.</summary>
    private static List<ClientMethod> Methods(EmitContext context)
    {
        var methods = new List<ClientMethod>();
        foreach (var operation in context.Service.Operations)
        {
            methods.Add(new ClientMethod(
                writer => WriteOperationDocs(writer, operation),
                Signature(context, operation),
                writer => WriteOperationBody(writer, context, operation)));
            if (!operation.ShorthandParameters.IsEmpty)
            {
                methods.Add(new ClientMethod(
                    writer => ConvenienceOverloads.EmitDocs(writer, operation),
                    ConvenienceOverloads.Signature(context, operation, ResultType(context, operation)),
                    writer => ConvenienceOverloads.EmitBody(writer, context, operation)));
            }

            if (operation.Pagination is { } pagination)
            {
                methods.Add(new ClientMethod(
                    writer => WritePagerDocs(writer, operation, pagination),
                    PagerSignature(context, operation, pagination),
                    writer => WritePagerBody(writer, context, operation, pagination)));
            }
        }

        foreach (var waiter in context.Service.Waiters)
        {
            methods.Add(new ClientMethod(
                writer => WriteWaiterDocs(writer, waiter),
                WaiterSignature(context, waiter),
                writer => WriteWaiterBody(writer, context, waiter)));
        }

        return methods;
    }

    public static string EmitInterface(EmitContext context)
    {
        var writer = context.StartFile();
        XmlDoc.Summary(writer, $"The {context.Service.Name} operations, as an interface for mocking and dependency injection.");
        XmlDoc.Remarks(writer, context.Service.Description);
        writer.WriteLine(context.GeneratedCodeAttribute);
        writer.WriteLine($"{context.Visibility} partial interface {context.Service.InterfaceName}");
        using (writer.OpenBlock())
        {
            foreach (var method in Methods(context))
            {
                method.WriteDocs(writer);
                writer.WriteLine(method.Signature + ";");
                writer.WriteLine();
            }
        }

        return writer.ToString();
    }

    public static string EmitClient(EmitContext context)
    {
        var writer = context.StartFile();
        var service = context.Service;
        XmlDoc.Summary(writer, $"Client for {service.Name}: signs every call with bce-auth-v1, retries transient failures safely, and turns error answers into BceServiceException.");
        XmlDoc.Remarks(writer, service.Description);
        writer.WriteLine(context.GeneratedCodeAttribute);
        writer.WriteLine($"{context.Visibility} partial class {service.ClientName} : {service.InterfaceName}, global::System.IDisposable");
        using (writer.OpenBlock())
        {
            EmitServiceMetadata(writer, context);
            EmitConstructors(writer, context);
            foreach (var method in Methods(context))
            {
                writer.WriteLine("/// <inheritdoc/>");
                writer.WriteLine("public virtual " + method.Signature);
                using (writer.OpenBlock())
                {
                    method.WriteBody(writer);
                }

                writer.WriteLine();
            }

            writer.WriteLine("/// <summary>Releases the connections the client owns (not a pipeline or transport the caller passed in).</summary>");
            writer.WriteLine("public void Dispose()");
            using (writer.OpenBlock())
            {
                writer.WriteLine("Dispose(disposing: true);");
                writer.WriteLine("global::System.GC.SuppressFinalize(this);");
            }

            writer.WriteLine();
            writer.WriteLine("/// <summary>Releases resources; override to release more in a derived client.</summary>");
            writer.WriteLine("/// <param name=\"disposing\">True when called from <see cref=\"Dispose()\"/>.</param>");
            writer.WriteLine("protected virtual void Dispose(bool disposing)");
            using (writer.OpenBlock())
            {
                writer.WriteLine("if (disposing && _ownsPipeline)");
                using (writer.OpenBlock())
                {
                    writer.WriteLine("_pipeline.Dispose();");
                }
            }
        }

        return writer.ToString();
    }

    private static void EmitServiceMetadata(SourceWriter writer, EmitContext context)
    {
        var service = context.Service;
        var retryable = new List<string>();
        foreach (var error in service.Errors)
        {
            if (error.Retryable)
            {
                retryable.Add(JsonCode.Literal(error.Code));
            }
        }

        // Every query parameter the spec declares is a selector or a paging value, safe to log; the sorted set keeps
        // the emitted text stable whatever order the operations come in.
        var loggable = new SortedSet<string>(System.StringComparer.Ordinal);
        foreach (var operation in service.Operations)
        {
            foreach (var parameter in operation.QueryParameters)
            {
                loggable.Add(parameter.JsonName);
            }
        }

        var loggableLiterals = new List<string>();
        foreach (var name in loggable)
        {
            loggableLiterals.Add(JsonCode.Literal(name));
        }

        writer.WriteLine("/// <summary>Where the service lives, its default region, the error codes it marks retryable, and the query parameters whose values may be logged.</summary>");
        writer.WriteLine($"public static {RuntimeTypes.ServiceDescriptor} ServiceDescriptor {{ get; }} = new(");
        writer.Indent();
        writer.WriteLine($"{JsonCode.Literal(service.Name)},");
        writer.WriteLine($"{JsonCode.Literal(service.EndpointTemplate)},");
        writer.WriteLine($"{JsonCode.Literal(service.DefaultRegion)},");
        writer.WriteLine($"new string[] {{ {string.Join(", ", retryable)} }},");
        writer.WriteLine($"new string[] {{ {string.Join(", ", loggableLiterals)} }});");
        writer.Unindent();
        writer.WriteLine();
        var regions = new List<string>();
        foreach (var region in service.Regions)
        {
            regions.Add(JsonCode.Literal(region));
        }

        writer.WriteLine("/// <summary>The regions the service is offered in.</summary>");
        writer.WriteLine($"public static global::System.Collections.Generic.IReadOnlyList<string> Regions {{ get; }} = new string[] {{ {string.Join(", ", regions)} }};");
        writer.WriteLine();
        EmitAnswerFormats(writer, context);
        writer.WriteLine($"private readonly {RuntimeTypes.Pipeline} _pipeline;");
        writer.WriteLine("private readonly bool _ownsPipeline;");
        writer.WriteLine();
    }

    private static void EmitConstructors(SourceWriter writer, EmitContext context)
    {
        var name = context.Service.ClientName;
        writer.WriteLine("/// <summary>Creates a client that signs with fixed credentials.</summary>");
        writer.WriteLine("/// <param name=\"credentials\">The access key pair (and session token, for STS credentials).</param>");
        writer.WriteLine("/// <param name=\"options\">Endpoint or region, retries, timeouts; defaults when null.</param>");
        writer.WriteLine($"public {name}({RuntimeTypes.Credentials} credentials, {RuntimeTypes.ClientOptions}? options = null)");
        writer.Indent();
        writer.WriteLine($": this(new {RuntimeTypes.StaticCredentialProvider}(credentials), options)");
        writer.Unindent();
        writer.OpenBlock().Dispose();
        writer.WriteLine();
        writer.WriteLine("/// <summary>Creates a client that asks a provider for credentials on every attempt (so refreshed STS credentials are used).</summary>");
        writer.WriteLine("/// <param name=\"credentials\">Where credentials come from.</param>");
        writer.WriteLine("/// <param name=\"options\">Endpoint or region, retries, timeouts; defaults when null.</param>");
        writer.WriteLine($"public {name}({RuntimeTypes.CredentialProvider} credentials, {RuntimeTypes.ClientOptions}? options = null)");
        using (writer.OpenBlock())
        {
            writer.WriteLine($"_pipeline = new {RuntimeTypes.Pipeline}(ServiceDescriptor, credentials, options);");
            writer.WriteLine("_ownsPipeline = true;");
        }

        writer.WriteLine();
        writer.WriteLine("/// <summary>Creates a client over a pipeline the caller owns and disposes (for sharing one between clients).</summary>");
        writer.WriteLine("/// <param name=\"pipeline\">The pipeline that signs, retries and sends.</param>");
        writer.WriteLine($"public {name}({RuntimeTypes.Pipeline} pipeline)");
        using (writer.OpenBlock())
        {
            writer.WriteLine("_pipeline = pipeline ?? throw new global::System.ArgumentNullException(nameof(pipeline));");
        }

        writer.WriteLine();
        writer.WriteLine("/// <summary>For mocking frameworks: a derived test double overrides the virtual operations.</summary>");
        writer.WriteLine($"protected {name}()");
        using (writer.OpenBlock())
        {
            writer.WriteLine("_pipeline = null!;");
        }

        writer.WriteLine();
    }

    /// <summary>
    /// <c>Task&lt;BceResponse&lt;T&gt;&gt;</c> (<c>T</c> a list for an array answer), or <c>Task&lt;BceResponse&gt;</c>
    /// when the answer is not read.
    /// </summary>
    private static string ResultType(EmitContext context, OperationSpec operation)
    {
        var result = operation.Wire.Answer.Kind == AnswerKind.None
            ? RuntimeTypes.Response
            : $"{RuntimeTypes.Response}<{AnswerValueType(context, operation.Wire.Answer)}>";
        return $"{RuntimeTypes.Task}<{result}>";
    }

    private static string Signature(EmitContext context, OperationSpec operation) =>
        $"{ResultType(context, operation)} {operation.MethodName}({context.Qualified(operation.RequestTypeName)} request, {RuntimeTypes.CancellationToken} cancellationToken = default)";

    private static void WriteOperationDocs(SourceWriter writer, OperationSpec operation)
    {
        XmlDoc.Summary(writer, operation.Summary, operation.Name);
        XmlDoc.Remarks(writer, RemarksFor(operation));
        writer.WriteLine("/// <param name=\"request\">The call's input.</param>");
        writer.WriteLine("/// <param name=\"cancellationToken\">Cancels the call, including any wait between retries.</param>");
        writer.WriteLine(operation.Wire.Answer.Kind != AnswerKind.None
            ? "/// <returns>The answer, with the response metadata (status, request id, ETag, clientToken).</returns>"
            : "/// <returns>The response metadata (status, request id, clientToken).</returns>");
        writer.WriteLine($"/// <exception cref=\"{RuntimeTypes.ServiceException}\">The service answered with an error.</exception>");
        writer.WriteLine($"/// <exception cref=\"{RuntimeTypes.ClientException}\">No valid answer arrived (network, timeout, unreadable body).</exception>");
        writer.WriteLine("/// <exception cref=\"global::System.ArgumentException\">The request is missing a required value or has one out of range.</exception>");
    }

    private static string RemarksFor(OperationSpec operation)
    {
        var remarks = new StringBuilder(operation.Description);
        var wire = $"{operation.Method} /{operation.ApiVersion}{operation.Path}{(operation.Action.Length > 0 ? "?" + operation.Action : string.Empty)}.";
        if (remarks.Length > 0)
        {
            remarks.Append(' ');
        }

        remarks.Append("Wire: ").Append(wire);
        if (operation.Idempotent)
        {
            remarks.Append(" Idempotent: one clientToken per call, reused by every retry.");
        }

        return remarks.ToString();
    }
}
