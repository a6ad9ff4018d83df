namespace Bce.Emulator.Auth;

/// <summary>
/// The four parts of the bce-auth-v1 canonical request (wire contract §5 step 4), each built from already-decoded
/// request data. Kept free of ASP.NET types so the signing vectors can drive it directly.
/// </summary>
internal static class CanonicalRequest
{
    /// <summary><c>METHOD\nURI\nQUERY\nHEADERS</c>, no trailing newline.</summary>
    public static string Build(string method, string canonicalUri, string canonicalQuery, string canonicalHeaders) =>
        string.Join('\n', method.ToUpperInvariant(), canonicalUri, canonicalQuery, canonicalHeaders);

    /// <summary><c>/</c> + UriEncode(path without its leading <c>/</c>, keeping <c>/</c>); an empty path is <c>/</c>.</summary>
    public static string Uri(string decodedPath)
    {
        var trimmed = decodedPath.StartsWith('/') ? decodedPath[1..] : decodedPath;
        return "/" + UriEncoder.EncodePath(trimmed);
    }

    /// <summary>
    /// Every parameter but <c>authorization</c> as <c>UriEncode(k)=UriEncode(v)</c> (a bare flag gives <c>k=</c>),
    /// sorted ordinally as encoded strings, joined with <c>&amp;</c>.
    /// </summary>
    public static string Query(IEnumerable<KeyValuePair<string, string>> parameters, string? alsoExclude = null)
    {
        var entries = new List<string>();
        foreach (var (key, value) in parameters)
        {
            if (string.Equals(key, "authorization", StringComparison.OrdinalIgnoreCase)
                || (alsoExclude is not null && string.Equals(key, alsoExclude, StringComparison.Ordinal)))
            {
                continue;
            }

            entries.Add(UriEncoder.Encode(key) + "=" + UriEncoder.Encode(value));
        }

        entries.Sort(string.CompareOrdinal);
        return string.Join('&', entries);
    }

    /// <summary>
    /// The headers whose lowercased name <paramref name="isSigned"/> accepts, as <c>UriEncode(name):UriEncode(value)</c>
    /// with trimmed values (empty ones dropped), sorted ordinally, joined with <c>\n</c>.
    /// </summary>
    public static string Headers(IEnumerable<KeyValuePair<string, string>> headers, Func<string, bool> isSigned)
    {
        var entries = new List<string>();
        foreach (var (name, value) in headers)
        {
            var lowered = name.Trim().ToLowerInvariant();
            var trimmed = value.Trim();
            if (trimmed.Length == 0 || lowered == "authorization" || !isSigned(lowered))
            {
                continue;
            }

            entries.Add(UriEncoder.Encode(lowered) + ":" + UriEncoder.Encode(trimmed));
        }

        entries.Sort(string.CompareOrdinal);
        return string.Join('\n', entries);
    }
}
