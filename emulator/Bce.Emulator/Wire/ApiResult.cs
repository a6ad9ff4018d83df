namespace Bce.Emulator.Wire;

/// <summary>
/// A successful answer, kept as data rather than written straight to the response, so that idempotent replays and
/// after-write faults can store, replay or discard it.
/// </summary>
/// <param name="Status">The HTTP status code.</param>
/// <param name="Body">The UTF-8 JSON body; empty for write operations.</param>
/// <param name="ETag">The ETag header value, quoted, when the answer is a single-resource read.</param>
internal sealed record ApiResult(int Status, ReadOnlyMemory<byte> Body, string? ETag = null)
{
    /// <summary>200 with an empty body: what every write operation answers.</summary>
    public static ApiResult EmptyOk { get; } = new(200, ReadOnlyMemory<byte>.Empty);

    /// <summary>200 with a JSON body.</summary>
    public static ApiResult Json(byte[] body, string? etag = null) => new(200, body, etag);
}
