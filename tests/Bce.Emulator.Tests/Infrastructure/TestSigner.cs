using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Bce.Emulator.Tests.Infrastructure;

/// <summary>Which headers the test signer signs and how it writes the signedHeaders field.</summary>
public enum SignedHeadersStyle
{
    /// <summary>The default set minus x-bce-request-id, listed explicitly and sorted (the Go SDK form).</summary>
    Explicit,

    /// <summary>The default set minus x-bce-request-id, with an empty signedHeaders field.</summary>
    EmptyWithoutRequestId,

    /// <summary>The default set including x-bce-request-id, with an empty signedHeaders field (the Python SDK form).</summary>
    EmptyWithRequestId,
}

/// <summary>
/// A third bce-auth-v1 implementation, written from the wire contract for the tests only, so that neither the
/// emulator's verifier nor any client signer checks itself. Works on plain strings; <see cref="SignRequest"/> applies
/// it to an <see cref="HttpRequestMessage"/>.
/// </summary>
public static class TestSigner
{
    private static readonly string[] DefaultHeaders = ["host", "content-length", "content-type", "content-md5"];

    /// <summary>UTF-8 bytes, unreserved kept, the rest as %XX uppercase.</summary>
    public static string UriEncode(string text, bool keepSlash = false)
    {
        var builder = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            var unreserved = b is >= (byte)'A' and <= (byte)'Z' or >= (byte)'a' and <= (byte)'z' or >= (byte)'0' and <= (byte)'9'
                or (byte)'-' or (byte)'.' or (byte)'_' or (byte)'~';
            if (unreserved || (keepSlash && b == (byte)'/'))
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

    /// <summary>Whether a lowercased header name belongs to the default signed set.</summary>
    public static bool IsDefaultSigned(string lowerName, bool includeRequestId) =>
        DefaultHeaders.Contains(lowerName)
        || (lowerName.StartsWith("x-bce-", StringComparison.Ordinal) && (includeRequestId || lowerName != "x-bce-request-id"));

    /// <summary>The canonical request and the sorted names of the headers it signs.</summary>
    public static (string CanonicalRequest, string SignedHeaders) Canonicalize(
        string method,
        string path,
        IEnumerable<KeyValuePair<string, string>> query,
        IEnumerable<KeyValuePair<string, string>> headers,
        Func<string, bool> isSigned)
    {
        var queryEntries = query
            .Where(p => !p.Key.Equals("authorization", StringComparison.OrdinalIgnoreCase))
            .Select(p => UriEncode(p.Key) + "=" + UriEncode(p.Value ?? string.Empty))
            .Order(StringComparer.Ordinal);
        var signed = headers
            .Select(h => (Name: h.Key.Trim().ToLowerInvariant(), Value: h.Value.Trim()))
            .Where(h => h.Value.Length > 0 && isSigned(h.Name))
            .ToList();
        var headerEntries = signed.Select(h => UriEncode(h.Name) + ":" + UriEncode(h.Value)).Order(StringComparer.Ordinal);
        var uri = "/" + UriEncode(path.TrimStart('/'), keepSlash: true);
        var canonical = $"{method.ToUpperInvariant()}\n{uri}\n{string.Join('&', queryEntries)}\n{string.Join('\n', headerEntries)}";
        return (canonical, string.Join(';', signed.Select(h => h.Name).Distinct().Order(StringComparer.Ordinal)));
    }

    /// <summary>hex(HMAC-SHA256(SK, prefix)).</summary>
    public static string SigningKey(string secretAccessKey, string authStringPrefix) => Hmac(secretAccessKey, authStringPrefix);

    /// <summary>hex(HMAC-SHA256(signingKey text, canonical request)).</summary>
    public static string Signature(string signingKey, string canonicalRequest) => Hmac(signingKey, canonicalRequest);

    /// <summary>The ISO-8601 timestamp form bce-auth-v1 uses.</summary>
    public static string Timestamp(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>
    /// Signs a request in place: sets Host and x-bce-date (and x-bce-security-token for session keys), then
    /// Authorization. <paramref name="explicitHeaders"/> overrides the signed set with exactly those names.
    /// </summary>
    public static void SignRequest(
        HttpRequestMessage request,
        TestCredentials credentials,
        DateTimeOffset timestamp,
        SignedHeadersStyle style = SignedHeadersStyle.Explicit,
        int expirationSeconds = 1800,
        IReadOnlyCollection<string>? explicitHeaders = null)
    {
        var uri = request.RequestUri!;
        request.Headers.Host = uri.Authority;
        request.Headers.Remove("x-bce-date");
        request.Headers.TryAddWithoutValidation("x-bce-date", Timestamp(timestamp));
        if (credentials.SessionToken is { } token)
        {
            request.Headers.Remove("x-bce-security-token");
            request.Headers.TryAddWithoutValidation("x-bce-security-token", token);
        }

        Func<string, bool> isSigned = explicitHeaders is not null
            ? explicitHeaders.Contains
            : name => IsDefaultSigned(name, style == SignedHeadersStyle.EmptyWithRequestId);
        var (canonical, signedHeaders) = Canonicalize(request.Method.Method, Uri.UnescapeDataString(uri.AbsolutePath), ParseQuery(uri.Query), Headers(request), isSigned);
        var prefix = $"bce-auth-v1/{credentials.AccessKeyId}/{Timestamp(timestamp)}/{expirationSeconds}";
        var signature = Signature(SigningKey(credentials.SecretAccessKey, prefix), canonical);
        var listed = style == SignedHeadersStyle.Explicit || explicitHeaders is not null ? signedHeaders : string.Empty;
        request.Headers.Remove("Authorization");
        request.Headers.TryAddWithoutValidation("Authorization", $"{prefix}/{listed}/{signature}");
    }

    /// <summary>Splits a raw query (<c>?a=1&amp;flag</c>) into decoded pairs; a bare flag has an empty value.</summary>
    public static List<KeyValuePair<string, string>> ParseQuery(string rawQuery) =>
        rawQuery.TrimStart('?')
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(part => part.Split('=', 2))
            .Select(kv => new KeyValuePair<string, string>(Uri.UnescapeDataString(kv[0]), kv.Length > 1 ? Uri.UnescapeDataString(kv[1]) : string.Empty))
            .ToList();

    private static IEnumerable<KeyValuePair<string, string>> Headers(HttpRequestMessage request)
    {
        foreach (var header in request.Headers.NonValidated)
        {
            yield return new(header.Key, string.Join(',', header.Value));
        }

        if (request.Content is not null)
        {
            _ = request.Content.Headers.ContentLength; // Computes the length HttpClient will send.
            foreach (var header in request.Content.Headers.NonValidated)
            {
                yield return new(header.Key, string.Join(',', header.Value));
            }
        }
    }

    private static string Hmac(string key, string message) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), Encoding.UTF8.GetBytes(message)));
}
