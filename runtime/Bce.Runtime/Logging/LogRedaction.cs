using System.Collections.Frozen;
using System.Text;

namespace Bce.Runtime.Logging;

/// <summary>
/// The header allow-list and the redaction rules shared by every logger of the runtime. Which query values may be
/// logged is the service's to say (<see cref="Pipeline.BceServiceDescriptor.LoggableQueryParameters"/>, generated from
/// the spec); the pipeline applies it. Everything else keeps its name
/// and shows <see cref="Redacted"/> instead of its value, so a log says that <c>Authorization</c> was sent without
/// saying what it was.
/// </summary>
internal static class LogRedaction
{
    /// <summary>What a value outside the allow-list is shown as.</summary>
    public const string Redacted = "REDACTED";

    /// <summary>
    /// Header names whose values are logged (case-insensitive); host and x-bce-date help diagnose signature and clock problems. <c>Authorization</c>, <c>x-bce-security-token</c>,
    /// <c>Set-Cookie</c> and anything a proxy or service adds are not here, and never will be.
    /// </summary>
    public static readonly FrozenSet<string> LoggedHeaderNames = FrozenSet.ToFrozenSet(
        ["x-bce-request-id", "x-bce-date", "host", "content-type", "content-length", "retry-after", "etag", "date", "user-agent"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Headers as <c>name: value</c> pairs joined by <c>"; "</c>, values outside the allow-list redacted.</summary>
    public static string FormatHeaders(IEnumerable<KeyValuePair<string, string>> headers)
    {
        var builder = new StringBuilder();
        foreach (var (name, value) in headers)
        {
            if (builder.Length > 0)
            {
                builder.Append("; ");
            }

            builder.Append(name).Append(": ").Append(LoggedHeaderNames.Contains(name) ? value : Redacted);
        }

        return builder.ToString();
    }

    /// <summary>The headers of a request about to be sent, content headers included.</summary>
    public static string FormatHeaders(HttpRequestMessage request)
    {
        var headers = request.Headers.NonValidated.Select(static h => new KeyValuePair<string, string>(h.Key, h.Value.ToString()));
        if (request.Content is { } content)
        {
            headers = headers.Concat(content.Headers.NonValidated.Select(static h => new KeyValuePair<string, string>(h.Key, h.Value.ToString())));
        }

        return FormatHeaders(headers);
    }

    /// <summary>The first four characters of an access key id; nothing when the id is so short that four would be most of it.</summary>
    public static string AccessKeyIdPrefix(string accessKeyId) => accessKeyId.Length >= 8 ? accessKeyId[..4] : string.Empty;
}
