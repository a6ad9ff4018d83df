namespace Bce.Runtime.Errors;

/// <summary>
/// The caller's cancellation token stopped the call. An <see cref="OperationCanceledException"/> carrying the caller's
/// token, so <c>catch (OperationCanceledException)</c> and <c>Task.IsCanceled</c> behave as everywhere in .NET; it adds
/// what a cancelled write needs: whether an attempt may already have been applied, and the client token to resume
/// with. Its message names only the operation, the client token and the attempts.
/// </summary>
/// <example>
/// <code>
/// catch (BceOperationCanceledException e) when (e.IsOutcomeUnknown)
/// {
///     // The write may have happened: send it again later with e.ClientToken to learn its result without acting twice.
/// }
/// </code>
/// </example>
public sealed class BceOperationCanceledException : OperationCanceledException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What was cancelled; must not contain secrets.</param>
    /// <param name="innerException">The cancellation as the HTTP stack or the back-off saw it, if any.</param>
    /// <param name="token">The caller's token that fired.</param>
    public BceOperationCanceledException(string message, Exception? innerException, CancellationToken token)
        : base(message, innerException, token)
    {
    }

    /// <summary>The operation that was cancelled, as the generated client names it.</summary>
    public string? OperationName { get; init; }

    /// <summary>The idempotency token the call carried, if any: resend with it to learn the result without acting twice.</summary>
    public string? ClientToken { get; init; }

    /// <summary>How many HTTP attempts were started before the cancellation.</summary>
    public int Attempts { get; init; }

    /// <summary>
    /// <see langword="true"/> when the call is a write and some attempt may have been applied before the caller stopped
    /// waiting (sent without a definite refusal, or answered 500, 502 or 504). Always <see langword="false"/> for reads,
    /// and for a write cancelled before any request left.
    /// </summary>
    public bool IsOutcomeUnknown { get; init; }

    /// <inheritdoc />
    public override string Message
    {
        get
        {
            var parts = new List<string>(3);
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

            return parts.Count == 0 ? base.Message : $"{base.Message} ({string.Join(", ", parts)})";
        }
    }
}
