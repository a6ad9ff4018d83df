using System.Text;

namespace Bce.Runtime.Tests.TestSupport;

/// <summary>A request as the loopback server received it, raw target included.</summary>
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

    public string BodyText => Encoding.UTF8.GetString(Body);

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}
