using System.Collections.Generic;
using Bce.Generator.Infrastructure;
using Bce.Generator.Model;

namespace Bce.Generator.Emitting;

// Waiters: WaitUntil{Name}Async, polling a read until a watched value reaches a state.
internal static partial class ClientEmitter
{
    private static void WriteWaiterBody(SourceWriter writer, EmitContext context, WaiterSpec waiter)
    {
        var operation = context.Operation(waiter.Operation);
        var property = waiter.PropertyMember;
        writer.WriteLine(Targeting.TargetCode.ThrowIfNull(context, "request"));
        writer.WriteLine($"return {RuntimeTypes.Waiter}.WaitAsync(");
        writer.Indent();
        writer.WriteLine($"{JsonCode.Literal(waiter.Name)},");
        writer.WriteLine($"token => {operation.MethodName}(request, token),");
        writer.WriteLine(waiter.PropertyIsEnum ? $"static value => value.{property}?.ToString()," : $"static value => value.{property},");
        writer.WriteLine($"{StringArray(waiter.Success)},");
        writer.WriteLine($"{StringArray(waiter.Failure)},");
        writer.WriteLine("options,");
        writer.WriteLine("cancellationToken);");
        writer.Unindent();
    }

    private static string StringArray(Infrastructure.EquatableArray<string> values)
    {
        if (values.IsEmpty)
        {
            return "global::System.Array.Empty<string>()";
        }

        var literals = new List<string>();
        foreach (var value in values)
        {
            literals.Add(JsonCode.Literal(value));
        }

        return $"new string[] {{ {string.Join(", ", literals)} }}";
    }

    private static string WaiterSignature(EmitContext context, WaiterSpec waiter)
    {
        var operation = context.Operation(waiter.Operation);
        var response = $"{RuntimeTypes.Response}<{context.Qualified(operation.ResponseType)}>";
        return $"{RuntimeTypes.Task}<{response}> {waiter.MethodName}({context.Qualified(operation.RequestTypeName)} request, {RuntimeTypes.WaitOptions}? options = null, {RuntimeTypes.CancellationToken} cancellationToken = default)";
    }

    private static void WriteWaiterDocs(SourceWriter writer, WaiterSpec waiter)
    {
        XmlDoc.Summary(writer, waiter.Summary, "WaitUntil" + waiter.Name);
        var failure = waiter.Failure.IsEmpty ? string.Empty : $" It fails at once when {waiter.Property} is {string.Join(", ", waiter.Failure)}.";
        XmlDoc.Remarks(writer, $"Polls {waiter.Operation} with growing delays until {waiter.Property} is {string.Join(" or ", waiter.Success)}.{failure}");
        writer.WriteLine($"/// <param name=\"request\">The {XmlDoc.Escape(waiter.Operation)} request to poll with.</param>");
        writer.WriteLine("/// <param name=\"options\">Timeout and polling delays; defaults when null.</param>");
        writer.WriteLine("/// <param name=\"cancellationToken\">Cancels the wait.</param>");
        writer.WriteLine("/// <returns>The answer that showed the success value.</returns>");
        writer.WriteLine($"/// <exception cref=\"{RuntimeTypes.WaiterException}\">A failure value was seen, or the timeout passed first.</exception>");
        writer.WriteLine($"/// <exception cref=\"{RuntimeTypes.ServiceException}\">A poll failed with an error that retries did not cure.</exception>");
    }
}
