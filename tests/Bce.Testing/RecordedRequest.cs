using System.Text;

namespace Bce.Testing;

/// <summary>A request exactly as the <see cref="LoopbackServer"/> received it: the raw target and the body's bytes.</summary>
/// <param name="Method">The HTTP method.</param>
/// <param name="RawTarget">The request target as sent, still escaped (path and query).</param>
/// <param name="Headers">Every header, names case-insensitive; repeated values joined with commas.</param>
/// <param name="Body">The body's bytes as received.</param>
public sealed record RecordedRequest(
    string Method,
    string RawTarget,
    IReadOnlyDictionary<string, string> Headers,
    byte[] Body)
{
    /// <summary>The path as sent on the wire (still escaped).</summary>
    public string RawPath => RawTarget.Split('?', 2)[0];

    /// <summary>The query string as sent on the wire, without '?'.</summary>
    public string RawQuery => RawTarget.Contains('?') ? RawTarget.Split('?', 2)[1] : string.Empty;

    /// <summary>The query string as sent, with its '?', or empty.</summary>
    public string QueryString => RawQuery.Length == 0 ? string.Empty : "?" + RawQuery;

    /// <summary>The decoded query parameters in wire order; a bare flag has a null value.</summary>
    public IReadOnlyList<KeyValuePair<string, string?>> Query =>
        RawQuery.Length == 0
            ? []
            : [.. RawQuery.Split('&').Select(static pair =>
            {
                var parts = pair.Split('=', 2);
                return new KeyValuePair<string, string?>(
                    Uri.UnescapeDataString(parts[0]),
                    parts.Length == 2 ? Uri.UnescapeDataString(parts[1]) : null);
            })];

    /// <summary>The body decoded as UTF-8.</summary>
    public string BodyText => Encoding.UTF8.GetString(Body);

    /// <summary>The header's value, or <see langword="null"/>.</summary>
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}
