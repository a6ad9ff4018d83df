namespace Bce.Runtime.Pipeline;

/// <summary>Header names and values the pipeline sends and reads.</summary>
internal static class BceHeaders
{
    public const string Authorization = "Authorization";
    public const string Date = "x-bce-date";
    public const string RequestId = "x-bce-request-id";
    public const string SecurityToken = "x-bce-security-token";
    public const string ETag = "ETag";
    public const string IfMatch = "If-Match";
    public const string UserAgent = "User-Agent";
    public const string ContentType = "Content-Type";

    /// <summary>The content type every BCE SDK sends (Go's exact spelling).</summary>
    public const string JsonContentType = "application/json;charset=utf-8";
}
