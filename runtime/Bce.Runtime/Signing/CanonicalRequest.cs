using System.Text;

namespace Bce.Runtime.Signing;

/// <summary>
/// The bce-auth-v1 canonical request: <c>METHOD \n CanonicalURI \n CanonicalQueryString \n CanonicalHeaders</c>.
/// Built by the client before signing and by a server (or an emulator) to check a signature.
/// </summary>
/// <remarks>
/// The canonical headers contain the session token, so <see cref="ToString"/> shows only the method, the path and
/// the signed header names; use <see cref="Text"/> deliberately and never log it.
/// </remarks>
public sealed class CanonicalRequest
{
    private const string BcePrefix = "x-bce-";
    private const string RequestIdHeader = "x-bce-request-id";

    private static readonly HashSet<string> DefaultHeadersToSign =
        new(["host", "content-length", "content-type", "content-md5"], StringComparer.Ordinal);

    private CanonicalRequest(string method, string canonicalUri, string canonicalQueryString, string canonicalHeaders, IReadOnlyList<string> signedHeaders)
    {
        Method = method;
        CanonicalUri = canonicalUri;
        CanonicalQueryString = canonicalQueryString;
        CanonicalHeaders = canonicalHeaders;
        SignedHeaders = signedHeaders;
    }

    /// <summary>The HTTP method in uppercase.</summary>
    public string Method { get; }

    /// <summary>The canonical URI, for example <c>/v1/peerconn/peerconn-9td54fmx143e</c>.</summary>
    public string CanonicalUri { get; }

    /// <summary>The canonical query string, for example <c>accept=&amp;clientToken=…</c>.</summary>
    public string CanonicalQueryString { get; }

    /// <summary>The canonical headers, one <c>name:value</c> per line; contains header values such as the security token.</summary>
    public string CanonicalHeaders { get; }

    /// <summary>The lowercase names of the signed headers, sorted ordinally.</summary>
    public IReadOnlyList<string> SignedHeaders { get; }

    /// <summary>The <c>signedHeaders</c> field of the Authorization header: <see cref="SignedHeaders"/> joined by <c>;</c>.</summary>
    public string SignedHeadersText => string.Join(';', SignedHeaders);

    /// <summary>The full canonical request, the text that is signed (no trailing newline).</summary>
    public string Text => $"{Method}\n{CanonicalUri}\n{CanonicalQueryString}\n{CanonicalHeaders}";

    /// <summary>Builds the canonical request.</summary>
    /// <param name="method">The HTTP method.</param>
    /// <param name="path">The path as sent on the wire; see <see cref="CreateCanonicalUri"/>.</param>
    /// <param name="query">The decoded query parameters; a <see langword="null"/> value is a bare flag such as <c>?accept</c>.</param>
    /// <param name="headers">The headers sent (names in any case).</param>
    /// <param name="headersToSign">Extra header names to sign, or <see langword="null"/> for the default set; see <see cref="BceSignOptions.HeadersToSign"/>.</param>
    /// <returns>The canonical request.</returns>
    public static CanonicalRequest Create(
        string method,
        string path,
        IEnumerable<KeyValuePair<string, string?>> query,
        IEnumerable<KeyValuePair<string, string>> headers,
        IReadOnlyCollection<string>? headersToSign = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(method);
        var canonicalHeaders = CreateCanonicalHeaders(headers, headersToSign, out var signedHeaders);
        return new CanonicalRequest(
            method.ToUpperInvariant(),
            CreateCanonicalUri(path),
            CreateCanonicalQueryString(query),
            canonicalHeaders,
            signedHeaders);
    }

    /// <summary>
    /// <c>/</c> + UriEncode(path without its leading <c>/</c>, keeping <c>/</c>); an empty path gives <c>/</c>.
    /// Percent-escapes already in <paramref name="path"/> are honoured, so the path as sent on the wire and the raw path
    /// give the same result: <c>%e6%b5%8b</c> and <c>测</c> both become <c>%E6%B5%8B</c>, <c>%7E</c> becomes <c>~</c>,
    /// and an escaped slash <c>%2F</c> stays escaped.
    /// </summary>
    /// <param name="path">The path; a literal <c>%</c> must be written <c>%25</c>.</param>
    /// <returns>The canonical URI.</returns>
    public static string CreateCanonicalUri(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var builder = new StringBuilder(path.Length + 16);
        if (!path.StartsWith('/'))
        {
            builder.Append('/');
        }

        var literalStart = 0;
        for (var i = 0; i < path.Length; i++)
        {
            if (path[i] != '%' || i + 2 >= path.Length || !IsHex(path[i + 1]) || !IsHex(path[i + 2]))
            {
                continue;
            }

            UriEncoder.AppendEncoded(builder, path.AsSpan(literalStart, i - literalStart), keepSlash: true);
            var value = (byte)((HexValue(path[i + 1]) << 4) | HexValue(path[i + 2]));
            if (UriEncoder.IsUnreserved((char)value))
            {
                builder.Append((char)value);
            }
            else
            {
                UriEncoder.AppendEscaped(builder, value);
            }

            i += 2;
            literalStart = i + 1;
        }

        UriEncoder.AppendEncoded(builder, path.AsSpan(literalStart), keepSlash: true);
        return builder.ToString();
    }

    /// <summary>
    /// Every parameter except <c>authorization</c> (any case) as <c>UriEncode(name)=UriEncode(value)</c> (a bare flag
    /// gives <c>name=</c>), the encoded strings sorted ordinally and joined by <c>&amp;</c>. Sorting the encoded pairs,
    /// not the names, is what the service does: <c>text10=test&amp;text1=%E6%B5%8B%E8%AF%95&amp;text=</c>.
    /// </summary>
    /// <param name="query">The decoded query parameters.</param>
    /// <returns>The canonical query string (empty when there are no parameters).</returns>
    public static string CreateCanonicalQueryString(IEnumerable<KeyValuePair<string, string?>> query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var pairs = new List<string>();
        foreach (var (name, value) in query)
        {
            ArgumentNullException.ThrowIfNull(name, nameof(query));
            if (string.Equals(name, "authorization", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            pairs.Add(UriEncoder.Encode(name) + "=" + UriEncoder.Encode(value ?? string.Empty));
        }

        pairs.Sort(StringComparer.Ordinal);
        return string.Join('&', pairs);
    }

    /// <summary>
    /// The headers to sign as <c>UriEncode(lowercase name):UriEncode(trimmed value)</c>, sorted ordinally and joined by
    /// <c>\n</c>. Headers whose trimmed value is empty are left out, and <c>Authorization</c> is never signed.
    /// </summary>
    /// <param name="headers">The headers sent.</param>
    /// <param name="headersToSign">Extra header names to sign, or <see langword="null"/> for the default set.</param>
    /// <param name="signedHeaders">The lowercase names actually signed, sorted ordinally.</param>
    /// <returns>The canonical headers.</returns>
    /// <exception cref="ArgumentException">A header to sign appears twice.</exception>
    public static string CreateCanonicalHeaders(
        IEnumerable<KeyValuePair<string, string>> headers,
        IReadOnlyCollection<string>? headersToSign,
        out IReadOnlyList<string> signedHeaders)
    {
        ArgumentNullException.ThrowIfNull(headers);
        var explicitSet = headersToSign is null ? null : NormaliseNames(headersToSign);
        var entries = new List<string>();
        var names = new List<string>();
        foreach (var (name, value) in headers)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(name, nameof(headers));
            var lowerName = name.Trim().ToLowerInvariant();
            var trimmedValue = value?.Trim();
            if (!ShouldSign(lowerName, explicitSet) || string.IsNullOrEmpty(trimmedValue))
            {
                continue;
            }

            if (names.Contains(lowerName))
            {
                throw new ArgumentException($"Header '{lowerName}' appears more than once; it cannot be signed unambiguously.", nameof(headers));
            }

            names.Add(lowerName);
            entries.Add(UriEncoder.Encode(lowerName) + ":" + UriEncoder.Encode(trimmedValue));
        }

        entries.Sort(StringComparer.Ordinal);
        names.Sort(StringComparer.Ordinal);
        signedHeaders = names.AsReadOnly();
        return string.Join('\n', entries);
    }

    /// <summary>Shows the method, the canonical URI and the signed header names, never header values.</summary>
    /// <returns>A safe description.</returns>
    public override string ToString() => $"{Method} {CanonicalUri} (signed headers: {SignedHeadersText})";

    private static bool ShouldSign(string lowerName, HashSet<string>? explicitSet)
    {
        if (lowerName == "authorization")
        {
            return false;
        }

        // The Go SDK's rule: every x-bce-* header but the request id is signed, whatever the caller listed.
        if (lowerName.StartsWith(BcePrefix, StringComparison.Ordinal) && lowerName != RequestIdHeader)
        {
            return true;
        }

        return (explicitSet ?? DefaultHeadersToSign).Contains(lowerName);
    }

    internal static HashSet<string> NormaliseNames(IReadOnlyCollection<string> names)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(name, nameof(names));
            set.Add(name.Trim().ToLowerInvariant());
        }

        return set;
    }

    private static bool IsHex(char c) => char.IsAsciiHexDigit(c);

    private static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}
