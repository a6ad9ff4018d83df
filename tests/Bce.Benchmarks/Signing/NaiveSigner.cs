using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Bce.Benchmarks.Signing;

/// <summary>
/// A deliberately naive bce-auth-v1 signer, written the way the algorithm reads in the documentation: string
/// concatenation, LINQ sorting, a new HMAC object per hash and <c>BitConverter</c> hex. It is the yardstick the
/// runtime signer is measured against, not code to copy. Paths must not contain percent-escapes (the runtime
/// normalises those; this one does not).
/// </summary>
public static class NaiveSigner
{
    public static string Sign(
        string accessKeyId,
        string secretAccessKey,
        string method,
        string path,
        IEnumerable<KeyValuePair<string, string?>> query,
        IEnumerable<KeyValuePair<string, string>> headers,
        DateTimeOffset timestamp,
        int expirationInSeconds = 1800)
    {
        var time = timestamp.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var prefix = "bce-auth-v1/" + accessKeyId + "/" + time + "/" + expirationInSeconds.ToString(CultureInfo.InvariantCulture);

        var canonicalUri = "/" + Encode(path.TrimStart('/'), keepSlash: true);

        var canonicalQuery = string.Join("&", query
            .Where(p => !p.Key.Equals("authorization", StringComparison.OrdinalIgnoreCase))
            .Select(p => Encode(p.Key, keepSlash: false) + "=" + Encode(p.Value ?? "", keepSlash: false))
            .OrderBy(p => p, StringComparer.Ordinal));

        var signed = headers
            .Select(h => new { Name = h.Key.Trim().ToLowerInvariant(), Value = (h.Value ?? "").Trim() })
            .Where(h => h.Value.Length > 0 && ShouldSign(h.Name))
            .OrderBy(h => h.Name, StringComparer.Ordinal)
            .ToList();
        var canonicalHeaders = string.Join("\n", signed
            .Select(h => Encode(h.Name, keepSlash: false) + ":" + Encode(h.Value, keepSlash: false))
            .OrderBy(h => h, StringComparer.Ordinal));
        var signedHeaders = string.Join(";", signed.Select(h => h.Name));

        var canonicalRequest = method.ToUpperInvariant() + "\n" + canonicalUri + "\n" + canonicalQuery + "\n" + canonicalHeaders;
        var signingKey = HmacHex(secretAccessKey, prefix);
        var signature = HmacHex(signingKey, canonicalRequest);
        return prefix + "/" + signedHeaders + "/" + signature;
    }

    private static bool ShouldSign(string name) =>
        name != "authorization"
        && ((name.StartsWith("x-bce-", StringComparison.Ordinal) && name != "x-bce-request-id")
            || name is "host" or "content-length" or "content-type" or "content-md5");

    private static string Encode(string text, bool keepSlash)
    {
        var result = "";
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            var c = (char)b;
            var unreserved = char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or '~';
            result += unreserved || (keepSlash && c == '/') ? c.ToString() : "%" + b.ToString("X2", CultureInfo.InvariantCulture);
        }

        return result;
    }

    private static string HmacHex(string key, string message)
    {
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(key));
        return BitConverter.ToString(hmac.ComputeHash(Encoding.UTF8.GetBytes(message))).Replace("-", "").ToLowerInvariant();
    }
}
