using Bce.Runtime.Errors;

namespace Bce.Runtime.Pipeline;

/// <summary>One answered attempt, fully buffered so that retries and error parsing never touch the network again.</summary>
internal sealed class AttemptResult
{
    private AttemptResult(int statusCode, IReadOnlyDictionary<string, string> headers, byte[] body, TimeSpan? retryAfter)
    {
        StatusCode = statusCode;
        Headers = headers;
        Body = body;
        RetryAfter = retryAfter;
        Error = IsSuccess ? null : ErrorEnvelopeParser.Parse(statusCode, body);
    }

    public int StatusCode { get; }

    public IReadOnlyDictionary<string, string> Headers { get; }

    public byte[] Body { get; }

    public TimeSpan? RetryAfter { get; }

    /// <summary>The parsed error for a non-2xx answer.</summary>
    public ErrorEnvelope? Error { get; }

    public bool IsSuccess => StatusCode is >= 200 and < 300;

    /// <summary>The <c>x-bce-request-id</c> response header.</summary>
    public string? RequestIdHeader => Headers.GetValueOrDefault(BceHeaders.RequestId);

    public static AttemptResult Create(HttpResponseMessage response, byte[] body, DateTimeOffset now) =>
        new((int)response.StatusCode, ResponseHeaders.From(response), body, ReadRetryAfter(response, now));

    private static TimeSpan? ReadRetryAfter(HttpResponseMessage response, DateTimeOffset now) =>
        response.Headers.NonValidated.TryGetValues("Retry-After", out var values) ? RetryAfterHeader.Parse(values.ToString(), now) : null;
}
