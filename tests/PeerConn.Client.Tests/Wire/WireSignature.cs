using Bce.Runtime.Credentials;
using Bce.Runtime.Signing;

using Bce.Testing;

namespace PeerConn.Client.Tests.Wire;

/// <summary>
/// Recomputes a recorded request's bce-auth-v1 signature from the bytes that reached the server (method, raw path,
/// query, the headers the Authorization names) and checks it equals the one sent: the client signs what it sends.
/// </summary>
public static class WireSignature
{
    public static void AssertValid(RecordedRequest request, BceCredentials credentials)
    {
        var authorization = request.Headers["authorization"];
        var parts = authorization.Split('/');
        Assert.Equal(6, parts.Length);
        var signedNames = parts[4].Split(';');
        var headers = signedNames.Select(name => new KeyValuePair<string, string>(name, request.Headers[name])).ToList();
        var timestamp = DateTimeOffset.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture);

        var expected = BceSigner.Sign(credentials, request.Method, request.RawPath, ParseQuery(request.QueryString), headers, timestamp);

        Assert.True(expected == authorization, $"{request.Method} {request.RawPath}{request.QueryString}: signed\n  {authorization}\nbut the bytes sent sign as\n  {expected}");
    }

    /// <summary><c>?accept&amp;clientToken=x</c> → (accept, null), (clientToken, x), values percent-decoded.</summary>
    private static List<KeyValuePair<string, string?>> ParseQuery(string queryString) =>
        queryString.TrimStart('?')
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .Select(pair => new KeyValuePair<string, string?>(Uri.UnescapeDataString(pair[0]), pair.Length == 2 ? Uri.UnescapeDataString(pair[1]) : null))
            .ToList();
}
