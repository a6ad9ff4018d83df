using Bce.Generator.Model;

namespace Bce.Generator.Emitting;

// One operation's call: print the wire shape the parser settled (OperationSpec.Wire) as a BceRequestMessage, and
// hand it to the pipeline with the way its answer is read.
internal static partial class ClientEmitter
{
    private static void WriteOperationBody(SourceWriter writer, EmitContext context, OperationSpec operation)
    {
        var wire = operation.Wire;
        writer.WriteLine(Targeting.TargetCode.ThrowIfNull(context, "request"));
        if (RequestEmitter.NeedsValidation(context, operation))
        {
            writer.WriteLine("request.Validate();");
        }

        writer.WriteLine($"var message = new {RuntimeTypes.RequestMessage}(global::System.Net.Http.HttpMethod.{MethodProperty(operation.Method)}, {PathExpression(wire)}, {JsonCode.Literal(operation.Name)});");
        foreach (var entry in wire.Query)
        {
            WriteQuery(writer, entry);
        }

        if (operation.Idempotent)
        {
            writer.WriteLine($"message.SetClientToken(request.ClientToken ?? {RuntimeTypes.IdempotencyToken}.Create());");
        }

        foreach (var header in wire.Headers)
        {
            WriteHeader(writer, header);
        }

        if (operation.IsMutating)
        {
            writer.WriteLine("message.IfMatch = request.IfMatch;");
        }

        if (operation.EmptyBodyIsNotFound)
        {
            writer.WriteLine("message.EmptyBodyIsNotFound = true;");
        }

        if (wire.Body.Kind != RequestBodyKind.None)
        {
            writer.WriteLine("message.SetJsonContent(request.WriteBody);");
        }

        var answer = wire.Answer;
        var send = answer.Kind switch
        {
            AnswerKind.None => "_pipeline.SendAsync(message, cancellationToken)",
            _ when answer.IsPlainModel => $"_pipeline.SendAsync<{context.Qualified(answer.TypeName)}>(message, cancellationToken)",
            _ => $"_pipeline.SendAsync(message, {AnswerFormatField(operation)}, cancellationToken)",
        };
        writer.WriteLine($"return {send};");
    }

    /// <summary>
    /// One static <c>BceAnswerFormat</c> per operation whose answer is not a bare model (wrapped, or an array), so a call
    /// allocates none.
    /// </summary>
    private static void EmitAnswerFormats(SourceWriter writer, EmitContext context)
    {
        foreach (var operation in context.Service.Operations)
        {
            var answer = operation.Wire.Answer;
            if (answer.Kind == AnswerKind.None || answer.IsPlainModel)
            {
                continue;
            }

            var model = context.Qualified(answer.TypeName);
            var wrapper = answer.Wrapper.Length > 0 ? JsonCode.Literal(answer.Wrapper) : string.Empty;
            var factory = (answer.Kind, answer.Wrapper.Length > 0) switch
            {
                (AnswerKind.List, true) => "WrappedList",
                (AnswerKind.List, false) => "List",
                _ => "Wrapped",
            };
            var shape = answer.Kind == AnswerKind.List ? "an array of " + answer.TypeName : answer.TypeName;
            var where = answer.Wrapper.Length > 0 ? $" under \"{XmlDoc.Escape(answer.Wrapper)}\"" : string.Empty;
            writer.WriteLine($"/// <summary>How {operation.Name} reads its answer: {XmlDoc.Escape(shape)}{where}.</summary>");
            writer.WriteLine($"private static readonly {RuntimeTypes.AnswerFormat}<{AnswerValueType(context, answer)}> {AnswerFormatField(operation)} = {RuntimeTypes.AnswerFormat}.{factory}<{model}>({wrapper});");
            writer.WriteLine();
        }
    }

    private static string AnswerFormatField(OperationSpec operation) => operation.CSharpName + "Answer";

    /// <summary>The result a caller gets: the model, or a read-only list of it.</summary>
    private static string AnswerValueType(EmitContext context, AnswerShape answer) => answer.Kind == AnswerKind.List
        ? $"global::System.Collections.Generic.IReadOnlyList<{context.Qualified(answer.TypeName)}>"
        : context.Qualified(answer.TypeName);

    private static void WriteQuery(SourceWriter writer, QueryEntry entry)
    {
        var name = JsonCode.Literal(entry.Name);
        if (entry.Parameter is not { } parameter)
        {
            writer.WriteLine($"message.AddQuery({name}, null);");
            return;
        }

        var member = "request." + parameter.MemberName;
        switch (entry.Style)
        {
            case QueryStyle.Comma:
                // An empty list filters nothing, so it is not sent (the service reads ?ids= as one empty id).
                var element = parameter.Type.Element;
                var joined = element.Kind == TypeKind.String
                    ? $"string.Join(\",\", {member})"
                    : $"string.Join(\",\", global::System.Linq.Enumerable.Select({member}, static item => {FormatScalar(element, "item")}))";
                writer.WriteLine($"if ({member} is {{ Count: > 0 }})");
                using (writer.OpenBlock())
                {
                    writer.WriteLine($"message.AddQuery({name}, {joined});");
                }

                return;
            case QueryStyle.Repeated:
                writer.WriteLine($"if ({member} is not null)");
                using (writer.OpenBlock())
                {
                    writer.WriteLine($"foreach (var item in {member})");
                    using (writer.OpenBlock())
                    {
                        writer.WriteLine($"message.AddQuery({name}, {FormatScalar(parameter.Type.Element, "item")});");
                    }
                }

                return;
            default:
                WhenPresent(writer, parameter, value => $"message.AddQuery({name}, {FormatScalar(parameter.Type, value)});");
                return;
        }
    }

    /// <summary>The runtime checks the value (no CR, LF or other control character) and signs it like its own headers.</summary>
    private static void WriteHeader(SourceWriter writer, HeaderEntry header) =>
        WhenPresent(writer, header.Parameter, value => $"message.SetHeader({JsonCode.Literal(header.Name)}, {FormatScalar(header.Parameter.Type, value)});");

    /// <summary>The statement for a member's value, guarded by a null check when the member is optional.</summary>
    private static void WhenPresent(SourceWriter writer, PropertySpec parameter, System.Func<string, string> statement)
    {
        var member = "request." + parameter.MemberName;
        if (parameter.Required)
        {
            writer.WriteLine(statement(member));
            return;
        }

        writer.WriteLine($"if ({member} is not null)");
        using (writer.OpenBlock())
        {
            writer.WriteLine(statement(parameter.Type.IsValueType ? member + ".Value" : member));
        }
    }

    /// <summary>Text of a path, query or header value: numbers in the invariant culture, booleans in lower case.</summary>
    private static string FormatScalar(TypeRef type, string value) => type.Kind switch
    {
        TypeKind.Int32 or TypeKind.Int64 or TypeKind.Float or TypeKind.Double => $"{value}.ToString({RuntimeTypes.InvariantCulture})",
        TypeKind.Boolean => $"{value} ? \"true\" : \"false\"",
        TypeKind.Timestamp => $"{value}.Raw",
        TypeKind.Enum => $"{value}.ToString()",
        _ => value,
    };

    /// <summary>
    /// <c>"/v1/peerconn/" + BceUri.EscapePathSegment(request.PeerConnId)</c>: the parser's segments, the API version
    /// prefix already among the literal text.
    /// </summary>
    private static string PathExpression(OperationWire wire)
    {
        var parts = new System.Collections.Generic.List<string>();
        foreach (var segment in wire.Path)
        {
            parts.Add(segment.Parameter is { } parameter
                ? $"{RuntimeTypes.Uri}.EscapePathSegment({FormatScalar(parameter.Type, "request." + parameter.MemberName)})"
                : JsonCode.Literal(segment.Literal));
        }

        return string.Join(" + ", parts);
    }

    private static string MethodProperty(string method) => method switch
    {
        "GET" => "Get",
        "POST" => "Post",
        "PUT" => "Put",
        "DELETE" => "Delete",
        "PATCH" => "Patch",
        _ => "Head",
    };
}
