using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Bce.Runtime.Credentials;
using Bce.Testing;

namespace Vpc.Client.Tests.Wire;

/// <summary>
/// Recomputes a recorded request's bce-auth-v1 signature from the bytes that reached the server, with its own
/// implementation of the algorithm (not the runtime's signer, so a signer bug cannot check itself): canonical URI of
/// the raw path, canonical query of every received pair (a bare flag signs as <c>flag=</c>, repeated keys each once),
/// the headers the Authorization names with the values received, signing key = HMAC(SK, prefix), signature =
/// HMAC(signing key, canonical request).
/// </summary>
public static class WireSignature
{
    public static void AssertValid(RecordedRequest request, BceCredentials credentials)
    {
        var authorization = request.Headers["authorization"];
        var parts = authorization.Split('/');
        Assert.Equal(6, parts.Length);
        Assert.Equal("bce-auth-v1", parts[0]);
        Assert.Equal(credentials.AccessKeyId, parts[1]);
        Assert.Equal(request.Headers["x-bce-date"], parts[2]);
        var signedNames = parts[4].Split(';');
        Assert.Equal(signedNames.Order(StringComparer.Ordinal), signedNames);
        Assert.Contains("host", signedNames);
        Assert.Contains("x-bce-date", signedNames);

        var canonicalHeaders = signedNames
            .Select(name => Encode(name) + ":" + Encode(request.Headers[name].Trim()))
            .Order(StringComparer.Ordinal);
        var canonicalQuery = request.RawQuery
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .Where(pair => !string.Equals(Uri.UnescapeDataString(pair[0]), "authorization", StringComparison.OrdinalIgnoreCase))
            .Select(pair => Encode(Uri.UnescapeDataString(pair[0])) + "=" + (pair.Length == 2 ? Encode(Uri.UnescapeDataString(pair[1])) : string.Empty))
            .Order(StringComparer.Ordinal);
        var canonicalUri = "/" + Encode(Uri.UnescapeDataString(request.RawPath).TrimStart('/'), keepSlash: true);
        var canonical = $"{request.Method}\n{canonicalUri}\n{string.Join('&', canonicalQuery)}\n{string.Join('\n', canonicalHeaders)}";
        var prefix = string.Join('/', parts[..4]);
        var signature = Hmac(Hmac(credentials.SecretAccessKey, prefix), canonical);

        Assert.True(signature == parts[5], $"{request.Method} {request.RawTarget}: signed {parts[5]} but the bytes received sign as {signature}");
    }

    /// <summary>BCE's UriEncode: UTF-8, unreserved (A-Z a-z 0-9 - . _ ~) kept, everything else %XX in upper case.</summary>
    private static string Encode(string text, bool keepSlash = false)
    {
        var builder = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            if (b is >= (byte)'A' and <= (byte)'Z' or >= (byte)'a' and <= (byte)'z' or >= (byte)'0' and <= (byte)'9'
                or (byte)'-' or (byte)'.' or (byte)'_' or (byte)'~' || (keepSlash && b == (byte)'/'))
            {
                builder.Append((char)b);
            }
            else
            {
                builder.Append(CultureInfo.InvariantCulture, $"%{b:X2}");
            }
        }

        return builder.ToString();
    }

    private static string Hmac(string key, string message) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), Encoding.UTF8.GetBytes(message)));
}
