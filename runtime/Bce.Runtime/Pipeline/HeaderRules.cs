namespace Bce.Runtime.Pipeline;

/// <summary>
/// The one rule for what a header the pipeline sends may hold (credentials, If-Match and an operation's own headers
/// alike), and which names an operation may not set because the pipeline writes them.
/// </summary>
internal static class HeaderRules
{
    private static readonly HashSet<string> PipelineHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        BceHeaders.Authorization, BceHeaders.Date, BceHeaders.RequestId, BceHeaders.SecurityToken, BceHeaders.IfMatch,
        BceHeaders.UserAgent, BceHeaders.ContentType, "Host", "Content-Length",
    };

    /// <summary>
    /// Throws unless every character is printable ASCII: a CR or LF would split the request, and
    /// <c>TryAddWithoutValidation</c> would send it as it is. The message never shows the value (it may be a token).
    /// </summary>
    public static void EnsureSendable(string name, string value)
    {
        foreach (var c in value)
        {
            if (c is < ' ' or > '~')
            {
                throw new ArgumentException($"The {name} header value contains a control or non-ASCII character; the value is not shown.", nameof(value));
            }
        }
    }

    /// <summary>An RFC 9110 token: the characters a header name may have.</summary>
    public static bool IsToken(string name)
    {
        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || "!#$%&'*+-.^_`|~".Contains(c)))
            {
                return false;
            }
        }

        return name.Length > 0;
    }

    public static bool IsPipelineHeader(string name) => PipelineHeaders.Contains(name);
}
