using Bce.Emulator.Wire;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Bce.Emulator.Auth;

/// <summary>
/// Builds the canonical request of an incoming HTTP request as the service sees it: the path from the raw request
/// target (decoded, then re-encoded), the query as received, and the headers as received (<c>Host</c> with its port).
/// </summary>
internal static class RequestCanonicalizer
{
    /// <summary>The canonical request for one choice of signed headers.</summary>
    public static string Build(HttpRequest request, QueryParameters query, Func<string, bool> isSigned) =>
        CanonicalRequest.Build(
            request.Method,
            CanonicalRequest.Uri(DecodedPath(request)),
            CanonicalRequest.Query(query.Pairs),
            CanonicalRequest.Headers(Headers(request), isSigned));

    /// <summary>The request path, percent-decoded once, from the raw target when the server kept it.</summary>
    public static string DecodedPath(HttpRequest request)
    {
        var rawTarget = request.HttpContext.Features.Get<IHttpRequestFeature>()?.RawTarget;
        if (string.IsNullOrEmpty(rawTarget) || rawTarget[0] != '/')
        {
            return request.PathBase.Add(request.Path).Value ?? "/";
        }

        var mark = rawTarget.IndexOf('?');
        var rawPath = mark < 0 ? rawTarget : rawTarget[..mark];
        return Uri.UnescapeDataString(rawPath);
    }

    private static IEnumerable<KeyValuePair<string, string>> Headers(HttpRequest request)
    {
        foreach (var (name, values) in request.Headers)
        {
            yield return new(name, string.Join(',', values.ToArray()));
        }
    }
}
