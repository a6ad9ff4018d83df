using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Bce.Testing;

/// <summary>
/// Recomputes a recorded request's bce-auth-v1 signature from the bytes that reached the server, with its own
/// implementation of the algorithm (not the runtime's signer, so a signer bug cannot check itself): canonical URI of
/// the raw path segment by segment, canonical query of every received pair (a bare flag signs as <c>flag=</c>, repeated keys each once,
/// <c>authorization</c> left out), the headers the Authorization names with the values received, signing key =
/// HMAC(SK, prefix), signature = HMAC(signing key, canonical request).
/// </summary>
public static class ReceivedSignature
{
    /// <summary>What is wrong with the request's Authorization, or <see langword="null"/> when the bytes received sign as it says.</summary>
    /// <param name="request">The request as the server received it.</param>
    /// <param name="accessKeyId">The access key id the client should have signed with.</param>
    /// <param name="secretAccessKey">Its secret key.</param>
    /// <returns>A readable reason naming the request, or <see langword="null"/>.</returns>
    public static string? Mismatch(RecordedRequest request, string accessKeyId, string secretAccessKey)
    {
        var where = $"{request.Method} {request.RawTarget}";
        if (request.Header("authorization") is not { } authorization)
        {
            return $"{where}: no Authorization header";
        }

        var parts = authorization.Split('/');
        if (parts.Length != 6 || parts[0] != "bce-auth-v1" || parts[1] != accessKeyId || parts[2] != request.Header("x-bce-date"))
        {
            return $"{where}: the Authorization is not bce-auth-v1/{accessKeyId}/<x-bce-date>/<expiration>/<headers>/<signature>";
        }

        var signedNames = parts[4].Split(';');
        if (!signedNames.SequenceEqual(signedNames.Order(StringComparer.Ordinal)) || !signedNames.Contains("host") || !signedNames.Contains("x-bce-date"))
        {
            return $"{where}: the signed headers '{parts[4]}' are not sorted or lack host and x-bce-date";
        }

        if (signedNames.FirstOrDefault(name => request.Header(name) is null) is { } missing)
        {
            return $"{where}: the signed header '{missing}' was not received";
        }

        var canonicalHeaders = signedNames
            .Select(name => Encode(name) + ":" + Encode(request.Header(name)!.Trim()))
            .Order(StringComparer.Ordinal);
        var canonicalQuery = request.RawQuery
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .Where(pair => !string.Equals(Uri.UnescapeDataString(pair[0]), "authorization", StringComparison.OrdinalIgnoreCase))
            .Select(pair => Encode(Uri.UnescapeDataString(pair[0])) + "=" + (pair.Length == 2 ? Encode(Uri.UnescapeDataString(pair[1])) : string.Empty))
            .Order(StringComparer.Ordinal);
        // Segment by segment, as the server splits the path: an escaped slash (%2F) inside a value stays part of it.
        var canonicalUri = string.Join('/', request.RawPath.Split('/').Select(segment => Encode(Uri.UnescapeDataString(segment))));
        var canonical = $"{request.Method}\n{canonicalUri}\n{string.Join('&', canonicalQuery)}\n{string.Join('\n', canonicalHeaders)}";
        var signature = Hmac(Hmac(secretAccessKey, string.Join('/', parts[..4])), canonical);
        return signature == parts[5] ? null : $"{where}: signed {parts[5]} but the bytes received sign as {signature}";
    }

    /// <summary>BCE's UriEncode: UTF-8, unreserved (A-Z a-z 0-9 - . _ ~) kept, everything else %XX in upper case.</summary>
    private static string Encode(string text)
    {
        var builder = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            if (b is >= (byte)'A' and <= (byte)'Z' or >= (byte)'a' and <= (byte)'z' or >= (byte)'0' and <= (byte)'9'
                or (byte)'-' or (byte)'.' or (byte)'_' or (byte)'~')
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
