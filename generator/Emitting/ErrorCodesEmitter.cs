using System.Globalization;
using Bce.Generator.Infrastructure;
using Bce.Generator.Model;

namespace Bce.Generator.Emitting;

/// <summary>Emits the service's error codes as constants, so callers compare codes, never message text.</summary>
internal static class ErrorCodesEmitter
{
    public static string ClassName(EmitContext context) => context.Service.Name + "ErrorCodes";

    public static string Emit(EmitContext context)
    {
        var writer = context.StartFile();
        XmlDoc.Summary(writer, $"The error codes {context.Service.Name} answers with, as found in BceServiceException.ErrorCode.");
        writer.WriteLine(context.GeneratedCodeAttribute);
        writer.WriteLine($"public static partial class {ClassName(context)}");
        using (writer.OpenBlock())
        {
            foreach (var error in context.Service.Errors)
            {
                var retry = error.Retryable ? " A retry may succeed (the client retries it)." : string.Empty;
                XmlDoc.Summary(writer, $"{error.Description} HTTP {error.Status.ToString(CultureInfo.InvariantCulture)}.{retry}");
                writer.WriteLine($"public const string {MemberName(context, error)} = {JsonCode.Literal(error.Code)};");
                writer.WriteLine();
            }
        }

        return writer.ToString();
    }

    /// <summary><c>PeerConn.SameVpc</c> becomes <c>SameVpc</c>: the service prefix adds nothing inside its own class.</summary>
    public static string MemberName(EmitContext context, ErrorSpec error)
    {
        var prefix = context.Service.Name + ".";
        var code = error.Code.StartsWith(prefix, System.StringComparison.Ordinal) ? error.Code.Substring(prefix.Length) : error.Code;
        var name = Identifiers.ToPascalCase(code);
        return name == ClassName(context) ? name + "Code" : name;
    }
}
