using System.Collections.Generic;
using Bce.Generator.Infrastructure;
using Bce.Generator.Model;

namespace Bce.Generator.Emitting;

/// <summary>
/// Overloads that take plain values instead of a request object, for operations whose inputs are a few scalars:
/// <c>DeletePeerConnAsync("peerconn-…")</c> rather than <c>DeletePeerConnAsync(new DeletePeerConnRequest { … })</c>.
/// Required members become parameters in order (path, query, body); optional query values become optional parameters;
/// the clientToken is generated as for any call. Operations with a model, a list, an optional body member or more than
/// three members keep the request object only.
/// </summary>
internal static class ConvenienceOverloads
{
    private const int MaxParameters = 3;

    /// <summary>The members that become parameters, or null when the operation gets no overload.</summary>
    public static List<PropertySpec>? Parameters(OperationSpec operation)
    {
        var parameters = new List<PropertySpec>();
        if (!TryAdd(parameters, operation.PathParameters, includeOptional: false)
            || !TryAdd(parameters, operation.QueryParameters, includeOptional: true)
            || !TryAdd(parameters, operation.BodyProperties, includeOptional: false))
        {
            return null;
        }

        // A body with optional members (an update, say) means nothing without them: keep the request object only.
        foreach (var member in operation.BodyProperties)
        {
            if (!member.Required)
            {
                return null;
            }
        }

        // Required parameters first (C# wants optional ones last), each group in member order.
        var ordered = new List<PropertySpec>(parameters.Count);
        ordered.AddRange(parameters.FindAll(static p => p.Required));
        ordered.AddRange(parameters.FindAll(static p => !p.Required));
        return ordered.Count is > 0 and <= MaxParameters && ordered.Exists(static p => p.Required) ? ordered : null;
    }

    public static string Signature(EmitContext context, OperationSpec operation, List<PropertySpec> parameters, string returnType)
    {
        var list = new List<string>();
        foreach (var parameter in parameters)
        {
            var type = context.TypeName(parameter.Type, nullable: !parameter.Required);
            list.Add(parameter.Required ? $"{type} {Identifiers.ToCamelCase(parameter.JsonName)}" : $"{type} {Identifiers.ToCamelCase(parameter.JsonName)} = null");
        }

        list.Add($"{RuntimeTypes.CancellationToken} cancellationToken = default");
        return $"{returnType} {operation.Name}Async({string.Join(", ", list)})";
    }

    /// <summary>The body: build the request from the parameters and call the request overload.</summary>
    public static void EmitBody(SourceWriter writer, EmitContext context, OperationSpec operation, List<PropertySpec> parameters)
    {
        writer.WriteLine($"return {operation.Name}Async(");
        writer.Indent();
        writer.WriteLine($"new {context.Qualified(RequestEmitter.ClassName(operation))}");
        writer.WriteLine("{");
        writer.Indent();
        foreach (var parameter in parameters)
        {
            writer.WriteLine($"{Identifiers.ToPascalCase(parameter.JsonName)} = {Identifiers.ToCamelCase(parameter.JsonName)},");
        }

        writer.Unindent();
        writer.WriteLine("},");
        writer.WriteLine("cancellationToken);");
        writer.Unindent();
    }

    public static void EmitDocs(SourceWriter writer, OperationSpec operation, List<PropertySpec> parameters)
    {
        XmlDoc.Summary(writer, operation.Summary, operation.Name);
        writer.WriteLine($"/// <remarks>Shorthand for the overload taking a <see cref=\"{RequestEmitter.ClassName(operation)}\"/>.</remarks>");
        foreach (var parameter in parameters)
        {
            var description = parameter.Description.Length > 0 ? XmlDoc.Escape(parameter.Description) : parameter.JsonName;
            writer.WriteLine($"/// <param name=\"{Identifiers.ToCamelCase(parameter.JsonName).TrimStart('@')}\">{description}</param>");
        }

        writer.WriteLine("/// <param name=\"cancellationToken\">Cancels the call, including any wait between retries.</param>");
        writer.WriteLine("/// <returns>The answer with its response metadata.</returns>");
    }

    /// <summary>Adds the group's members that become parameters; false when one of them cannot be a plain value.</summary>
    private static bool TryAdd(List<PropertySpec> parameters, EquatableArray<PropertySpec> group, bool includeOptional)
    {
        foreach (var member in group)
        {
            if (!member.Required && !includeOptional)
            {
                continue;
            }

            if (member.Type.Kind is TypeKind.Model or TypeKind.List or TypeKind.Timestamp)
            {
                return false;
            }

            parameters.Add(member);
        }

        return true;
    }
}
