namespace Bce.Runtime.Errors;

/// <summary>
/// The call never got a usable answer: the network failed, an attempt or the whole call timed out, credentials could
/// not be obtained, a 2xx body could not be parsed, or pagination went round in a circle.
/// </summary>
public sealed class BceClientException : BceException
{
    private readonly string? _rawContent;

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong; must not contain secrets.</param>
    /// <param name="innerException">The underlying failure, if any.</param>
    public BceClientException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }

    /// <summary>The HTTP status of the last answer, when there was one (for example a 200 whose body would not parse).</summary>
    public int? StatusCode { get; init; }

    /// <summary>The request id of the last answer, when there was one.</summary>
    public string? RequestId { get; init; }

    /// <summary>
    /// The body of an answer that could not be used (a 2xx that is not a valid model), as text with secrets removed, cut to
    /// <see cref="BceServiceException.MaxRawContentLength"/> characters; <see langword="null"/> when there was none.
    /// </summary>
    public string? RawContent
    {
        get => _rawContent;
        init => _rawContent = TruncateRawContent(value);
    }

    /// <inheritdoc />
    public override string Message
    {
        get
        {
            var message = base.Message;
            var context = DescribeContext(RequestId);
            return OperationName is null ? message + context : $"{OperationName}: {message}{context}";
        }
    }
}
