using System.Collections.Generic;
using Bce.Generator.Model;

namespace Bce.Generator.Emitting;

/// <summary>
/// Overloads that take plain values instead of a request object, for operations whose inputs are a few scalars:
/// <c>DeletePeerConnAsync("peerconn-…")</c> rather than <c>DeletePeerConnAsync(new DeletePeerConnRequest { … })</c>.
/// Which members become parameters, and their names, the parser decided (<see cref="OperationSpec.ShorthandParameters"/>).
/// </summary>
internal static class ConvenienceOverloads
{
    public static string Signature(EmitContext context, OperationSpec operation, string returnType)
    {
        var list = new List<string>();
        foreach (var parameter in operation.ShorthandParameters)
        {
            var type = context.TypeName(parameter.Type, nullable: !parameter.Required);
            list.Add(parameter.Required ? $"{type} {parameter.ParameterName}" : $"{type} {parameter.ParameterName} = null");
        }

        list.Add($"{RuntimeTypes.CancellationToken} cancellationToken = default");
        return $"{returnType} {operation.MethodName}({string.Join(", ", list)})";
    }

    /// <summary>The body: build the request from the parameters and call the request overload.</summary>
    public static void EmitBody(SourceWriter writer, EmitContext context, OperationSpec operation)
    {
        writer.WriteLine($"return {operation.MethodName}(");
        writer.Indent();
        writer.WriteLine($"new {context.Qualified(operation.RequestTypeName)}");
        writer.WriteLine("{");
        writer.Indent();
        foreach (var parameter in operation.ShorthandParameters)
        {
            writer.WriteLine($"{parameter.MemberName} = {parameter.ParameterName},");
        }

        writer.Unindent();
        writer.WriteLine("},");
        writer.WriteLine("cancellationToken);");
        writer.Unindent();
    }

    public static void EmitDocs(SourceWriter writer, OperationSpec operation)
    {
        XmlDoc.Summary(writer, operation.Summary, operation.Name);
        writer.WriteLine($"/// <remarks>Shorthand for the overload taking a <see cref=\"{operation.RequestTypeName}\"/>.</remarks>");
        foreach (var parameter in operation.ShorthandParameters)
        {
            var description = XmlDoc.Escape(parameter.Description.Length > 0 ? parameter.Description : parameter.JsonName);
            writer.WriteLine($"/// <param name=\"{parameter.ParameterName.TrimStart('@')}\">{description}</param>");
        }

        writer.WriteLine("/// <param name=\"cancellationToken\">Cancels the call, including any wait between retries.</param>");
        writer.WriteLine("/// <returns>The answer with its response metadata.</returns>");
    }
}
