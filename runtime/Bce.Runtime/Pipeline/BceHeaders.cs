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
    public const string ContentLength = "Content-Length";
    public const string ContentEncoding = "Content-Encoding";
    public const string AcceptEncoding = "Accept-Encoding";

    /// <summary>
    /// The JSON content type, spelled as .NET itself writes a parsed media type (the Java SDK's spelling; Go omits the
    /// space). The signature covers this header, and any handler that reads it through the validating header API
    /// makes .NET re-serialise it in this form: a different spelling would then no longer match what was signed.
    /// </summary>
    public const string JsonContentType = "application/json; charset=utf-8";
}
