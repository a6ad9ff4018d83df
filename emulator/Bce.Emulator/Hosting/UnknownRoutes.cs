using System.Text.RegularExpressions;
using Bce.Emulator.Wire;
using Microsoft.AspNetCore.Http;

namespace Bce.Emulator.Hosting;

/// <summary>
/// The fallback for anything no operation serves: 404 <c>InvalidVersion</c> for a <c>/v{n}</c> prefix other than
/// <c>/v1</c>, otherwise 404 <c>InvalidURI</c> naming the method and path (a wrong method on a known path included).
/// No authentication is checked first.
/// </summary>
internal static partial class UnknownRoutes
{
    public static Task AnswerAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        var error = OtherVersion().IsMatch(path)
            ? ApiErrors.InvalidVersion(path)
            : ApiErrors.UnknownRoute(context.Request.Method, path);
        return ResponseWriter.WriteErrorAsync(context, error);
    }

    [GeneratedRegex("^/v(?!1(/|$))[0-9]+(/|$)", RegexOptions.CultureInvariant)]
    private static partial Regex OtherVersion();
}
