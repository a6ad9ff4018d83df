using Bce.Runtime.Errors;

namespace Bce.Runtime.Pipeline;

/// <summary>
/// One answered attempt, fully buffered so that retries and error parsing never touch the network again. A 2xx body
/// stays in its pooled buffer until <see cref="ReturnBuffer"/>; any other body (an error, kept for the exception's raw
/// text and possibly outliving the call) is copied to an array of its size and the buffer returned at once.
/// </summary>
internal sealed class AttemptResult
{
    private byte[]? _pooled;

    private AttemptResult(int statusCode, IReadOnlyDictionary<string, string> headers, PooledBody body, TimeSpan? retryAfter)
    {
        StatusCode = statusCode;
        Headers = headers;
        RetryAfter = retryAfter;
        if (IsSuccess)
        {
            _pooled = body.Buffer;
            Body = body.Memory;
            return;
        }

        Body = body.Memory.ToArray();
        body.Return();
        Error = ErrorEnvelopeParser.Parse(statusCode, Body.Span);
    }

    public int StatusCode { get; }

    public IReadOnlyDictionary<string, string> Headers { get; }

    /// <summary>The body; for a 2xx answer valid only until <see cref="ReturnBuffer"/>.</summary>
    public ReadOnlyMemory<byte> Body { get; private set; }

    public TimeSpan? RetryAfter { get; }

    /// <summary>The parsed error for a non-2xx answer.</summary>
    public ErrorEnvelope? Error { get; }

    public bool IsSuccess => StatusCode is >= 200 and < 300;

    /// <summary>The <c>x-bce-request-id</c> response header.</summary>
    public string? RequestIdHeader => Headers.GetValueOrDefault(BceHeaders.RequestId);

    /// <summary>The <c>ETag</c> response header.</summary>
    public string? ETagHeader => Headers.GetValueOrDefault(BceHeaders.ETag);

    public static AttemptResult Create(HttpResponseMessage response, PooledBody body, DateTimeOffset now) =>
        new((int)response.StatusCode, ResponseHeaders.Of(response), body, ReadRetryAfter(response, now));

    /// <summary>Hands a 2xx body's buffer back to the pool once the call has read it (and built any exception from it).</summary>
    public void ReturnBuffer()
    {
        if (Interlocked.Exchange(ref _pooled, null) is { } buffer)
        {
            Body = default;
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static TimeSpan? ReadRetryAfter(HttpResponseMessage response, DateTimeOffset now) =>
        response.Headers.NonValidated.TryGetValues("Retry-After", out var values) ? RetryAfterHeader.Parse(values.ToString(), now) : null;
}
