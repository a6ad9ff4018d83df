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
        writer.WriteLine($"{context.Visibility} static partial class {ClassName(context)}");
        var names = MemberNames(context);
        using (writer.OpenBlock())
        {
            foreach (var error in context.Service.Errors)
            {
                var retry = error.Retryable ? " A retry may succeed (the client retries it)." : string.Empty;
                XmlDoc.Summary(writer, $"{error.Description} HTTP {error.Status.ToString(CultureInfo.InvariantCulture)}.{retry}");
                writer.WriteLine($"public const string {names[error.Code]} = {JsonCode.Literal(error.Code)};");
                writer.WriteLine();
            }
        }

        return writer.ToString();
    }

    /// <summary>
    /// <c>PeerConn.SameVpc</c> becomes <c>SameVpc</c>: the service prefix adds nothing inside its own class. When the
    /// short names of two codes collide, both keep their full names.
    /// </summary>
    private static System.Collections.Generic.Dictionary<string, string> MemberNames(EmitContext context)
    {
        var shortNames = new System.Collections.Generic.Dictionary<string, int>(System.StringComparer.Ordinal);
        foreach (var error in context.Service.Errors)
        {
            var name = ShortName(context, error);
            shortNames[name] = shortNames.TryGetValue(name, out var count) ? count + 1 : 1;
        }

        var result = new System.Collections.Generic.Dictionary<string, string>(System.StringComparer.Ordinal);
        foreach (var error in context.Service.Errors)
        {
            var name = ShortName(context, error);
            result[error.Code] = shortNames[name] > 1 ? Identifiers.ToPascalCase(error.Code) : name;
        }

        return result;
    }

    private static string ShortName(EmitContext context, ErrorSpec error)
    {
        var prefix = context.Service.Name + ".";
        var code = error.Code.StartsWith(prefix, System.StringComparison.Ordinal) ? error.Code.Substring(prefix.Length) : error.Code;
        var name = Identifiers.ToPascalCase(code);
        return name == ClassName(context) ? name + "Code" : name;
    }
}
