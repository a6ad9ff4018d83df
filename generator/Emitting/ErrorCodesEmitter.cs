using System.Globalization;
using Bce.Generator.Model;

namespace Bce.Generator.Emitting;

/// <summary>Emits the service's error codes as constants, so callers compare codes, never message text.</summary>
internal static class ErrorCodesEmitter
{
    public static string Emit(EmitContext context)
    {
        var writer = context.StartFile();
        XmlDoc.Summary(writer, $"The error codes {context.Service.Name} answers with, as found in BceServiceException.ErrorCode.");
        writer.WriteLine(context.GeneratedCodeAttribute);
        writer.WriteLine($"{context.Visibility} static partial class {context.Service.ErrorCodesName}");
        using (writer.OpenBlock())
        {
            foreach (var error in context.Service.Errors)
            {
                var retry = error.Retryable ? " A retry may succeed (the client retries it)." : string.Empty;
                XmlDoc.Summary(writer, $"{error.Description} HTTP {error.Status.ToString(CultureInfo.InvariantCulture)}.{retry}");
                writer.WriteLine($"public const string {error.MemberName} = {JsonCode.Literal(error.Code)};");
                writer.WriteLine();
            }
        }

        return writer.ToString();
    }
}
