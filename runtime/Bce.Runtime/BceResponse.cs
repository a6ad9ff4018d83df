using System.Collections.ObjectModel;

namespace Bce.Runtime;

/// <summary>What a successful call returned besides its value: status, ids and headers.</summary>
public class BceResponse
{
    /// <summary>Creates response metadata (for tests and mocks; the pipeline builds its own).</summary>
    /// <param name="status">The HTTP status.</param>
    /// <param name="requestId">The <c>x-bce-request-id</c> response header.</param>
    /// <param name="eTag">The <c>ETag</c> response header.</param>
    /// <param name="clientToken">The idempotency token the call carried.</param>
    /// <param name="attempts">How many attempts the call took.</param>
    /// <param name="headers">The response headers; <see langword="null"/> for none.</param>
    public BceResponse(int status, string? requestId = null, string? eTag = null, string? clientToken = null, int attempts = 1, IReadOnlyDictionary<string, string>? headers = null)
    {
        Status = status;
        RequestId = requestId;
        ETag = eTag;
        ClientToken = clientToken;
        Attempts = attempts;
        Headers = headers ?? ReadOnlyDictionary<string, string>.Empty;
    }

    /// <summary>Copies the metadata of another response.</summary>
    /// <param name="other">The response to copy.</param>
    protected BceResponse(BceResponse other)
        : this(Validate(other).Status, other.RequestId, other.ETag, other.ClientToken, other.Attempts, other.Headers)
    {
    }

    /// <summary>The HTTP status.</summary>
    public int Status { get; }

    /// <summary>The request id the service assigned (<c>x-bce-request-id</c>); quote it to BCE support.</summary>
    public string? RequestId { get; }

    /// <summary>The resource version (<c>ETag</c>), usable as the <c>If-Match</c> of a later write (<c>BceRequestMessage.IfMatch</c>).</summary>
    public string? ETag { get; }

    /// <summary>The idempotency token the call carried, if any.</summary>
    public string? ClientToken { get; }

    /// <summary>How many attempts the call took (1 when no retry was needed).</summary>
    public int Attempts { get; }

    /// <summary>The response headers (names case-insensitive; repeated headers joined by ", ").</summary>
    public IReadOnlyDictionary<string, string> Headers { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Status} (request id {RequestId ?? "none"}, {Attempts} attempt(s))";

    private static BceResponse Validate(BceResponse other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return other;
    }
}
