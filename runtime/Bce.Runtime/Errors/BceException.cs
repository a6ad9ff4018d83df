namespace Bce.Runtime.Errors;

/// <summary>
/// The base of every error a BCE client raises on purpose. Messages name the operation, status, code and request id
/// and never contain credentials, signatures or the Authorization header.
/// </summary>
public abstract class BceException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The underlying failure, if any.</param>
    protected BceException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The operation that failed, as the generated client names it (for example <c>CreatePeerConn</c>).</summary>
    public string? OperationName { get; init; }

    /// <summary>
    /// The idempotency token the call carried, if any. Calling again with the same token is safe: the service returns
    /// the first result instead of acting twice.
    /// </summary>
    public string? ClientToken { get; init; }

    /// <summary>How many HTTP attempts were made (0 when the call failed before sending anything).</summary>
    public int Attempts { get; init; }

    /// <summary>
    /// <see langword="true"/> when the call is a write that may have been applied although it failed: some attempt
    /// reached the service without a definite refusal (no answer after sending, an attempt timeout, a 500, 502 or 504,
    /// or a 2xx answer that could not be read). Judged on every attempt of the call, not only the last one: a write
    /// whose first attempt was lost after sending stays unknown even when a later attempt is refused with 503. Resume by
    /// sending the same request again with <see cref="ClientToken"/> as its client token: the service then answers
    /// with the first result instead of acting twice. Always <see langword="false"/> for reads.
    /// </summary>
    public bool IsOutcomeUnknown { get; init; }

    /// <summary>Cuts a raw body to <see cref="BceServiceException.MaxRawContentLength"/> characters.</summary>
    private protected static string? TruncateRawContent(string? value) =>
        value is null || value.Length <= BceServiceException.MaxRawContentLength
            ? value
            : value[..BceServiceException.MaxRawContentLength] + "…(truncated)";

    /// <summary>Formats the context shared by all BCE errors, for use in <see cref="Exception.Message"/>.</summary>
    private protected string DescribeContext(string? requestId)
    {
        var parts = new List<string>(4);
        if (requestId is not null)
        {
            parts.Add($"request id {requestId}");
        }

        if (ClientToken is not null)
        {
            parts.Add($"client token {ClientToken}");
        }

        if (Attempts > 0)
        {
            parts.Add(Attempts == 1 ? "1 attempt" : $"{Attempts} attempts");
        }

        if (IsOutcomeUnknown)
        {
            parts.Add("outcome unknown: the write may have been applied");
        }

        return parts.Count == 0 ? string.Empty : $" ({string.Join(", ", parts)})";
    }
}
