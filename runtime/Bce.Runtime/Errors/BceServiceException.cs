using System.Collections.ObjectModel;
using System.Text;

namespace Bce.Runtime.Errors;

/// <summary>
/// The service answered with a non-2xx status (after any retries), or with an empty body where the operation treats
/// that as "not found". Carries the error envelope <c>{requestId, code, message}</c> plus the raw body for diagnosis.
/// </summary>
public sealed class BceServiceException : BceException
{
    /// <summary>How much of the raw body <see cref="RawContent"/> keeps.</summary>
    public const int MaxRawContentLength = 4096;

    private readonly string? _rawContent;

    /// <summary>Creates the exception.</summary>
    /// <param name="statusCode">The HTTP status.</param>
    /// <param name="errorCode">The BCE error code (from the envelope, or derived from the status).</param>
    /// <param name="errorMessage">The service's message (or a description of what it sent instead).</param>
    /// <param name="requestId">The request id (envelope first, else the <c>x-bce-request-id</c> header).</param>
    /// <param name="innerException">The underlying failure, if any.</param>
    public BceServiceException(int statusCode, string errorCode, string errorMessage, string? requestId = null, Exception? innerException = null)
        : base(errorMessage, innerException)
    {
        ArgumentException.ThrowIfNullOrEmpty(errorCode);
        ArgumentNullException.ThrowIfNull(errorMessage);
        StatusCode = statusCode;
        ErrorCode = errorCode;
        ErrorMessage = errorMessage;
        RequestId = requestId;
    }

    /// <summary>The HTTP status code.</summary>
    public int StatusCode { get; }

    /// <summary>The BCE error code, for example <c>NoSuchObject</c> or <c>PeerConn.VpcPairExists</c>; match on this, not on the message.</summary>
    public string ErrorCode { get; }

    /// <summary>The human-readable message the service sent.</summary>
    public string ErrorMessage { get; }

    /// <summary>The request id to quote to BCE support.</summary>
    public string? RequestId { get; }

    /// <summary>The response body as text, cut to <see cref="MaxRawContentLength"/> characters; <see langword="null"/> when there was none.</summary>
    public string? RawContent
    {
        get => _rawContent;
        init => _rawContent = TruncateRawContent(value);
    }

    /// <summary>The delay the service asked for in <c>Retry-After</c>, if it sent one.</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>The response headers (names case-insensitive).</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = ReadOnlyDictionary<string, string>.Empty;

    /// <inheritdoc />
    public override string Message
    {
        get
        {
            var builder = new StringBuilder();
            builder.Append(OperationName ?? "The BCE request").Append(" failed: ")
                .Append(StatusCode).Append(' ').Append(ErrorCode);
            if (ErrorMessage.Length > 0)
            {
                builder.Append(": ").Append(ErrorMessage);
            }

            return builder.Append(DescribeContext(RequestId)).ToString();
        }
    }
}
