using System.Globalization;
using Bce.Runtime.Telemetry;

namespace Bce.Runtime.Pipeline;

/// <summary>
/// One failure, classified once by <see cref="FailureClassifier"/>. The retry decision (<see cref="Retryable"/>), the
/// exception the caller gets (<see cref="FailureExceptions"/>), the logs and the telemetry all read this record and
/// never look at the underlying exception again. Nothing here holds a secret: <see cref="Reason"/> is in the words of
/// the log (types and kinds, never messages) and <see cref="Description"/> is built from .NET's or our own texts.
/// </summary>
internal sealed class Failure
{
    /// <summary>What happened.</summary>
    public required FailureKind Kind { get; init; }

    /// <summary>Whether another attempt may succeed (the retry strategy still counts attempts and time).</summary>
    public required bool Retryable { get; init; }

    /// <summary>Whether the service may have acted on this attempt (sent without a definite refusal).</summary>
    public required bool MayHaveBeenApplied { get; init; }

    /// <summary>Short and safe, for logs, retry events and the activity's status: <c>503 ServiceUnavailable</c>, <c>attempt timeout</c>.</summary>
    public required string Reason { get; init; }

    /// <summary>The exception's message (before the operation, request id and attempts are added).</summary>
    public required string Description { get; init; }

    /// <summary>The status of the answer, when there was one.</summary>
    public int? StatusCode { get; init; }

    /// <summary>The service's error code, on a service error.</summary>
    public string? ErrorCode { get; init; }

    /// <summary>The request id of the answer (error body, else <c>x-bce-request-id</c>).</summary>
    public string? RequestId { get; init; }

    /// <summary>The buffered answer, when one was read.</summary>
    public AttemptResult? Answer { get; init; }

    /// <summary>What was thrown, if anything: attached to the exception as its inner exception (when it is safe to).</summary>
    public Exception? Cause { get; init; }

    /// <summary>The <c>bce.outcome</c> of this failure (see <see cref="BceDiagnostics"/>).</summary>
    public string Outcome => Kind switch
    {
        FailureKind.ServiceError => CallOutcome.ForStatus(StatusCode!.Value),
        FailureKind.Unreadable or FailureKind.AnswerTooLarge => BceDiagnostics.OutcomeUnreadable,
        FailureKind.Network => BceDiagnostics.OutcomeNetwork,
        FailureKind.AttemptTimeout or FailureKind.OverallTimeout => BceDiagnostics.OutcomeTimeout,
        FailureKind.Canceled => BceDiagnostics.OutcomeCanceled,
        FailureKind.Credentials => BceDiagnostics.OutcomeCredentials,
        _ => BceDiagnostics.OutcomeError,
    };

    /// <summary>The <c>bce.retry.reason</c>: the answer's status code (<c>503</c>, <c>429</c>), else the outcome (<c>network</c>, <c>timeout</c>).</summary>
    public string RetryReason => Kind == FailureKind.ServiceError ? StatusCode!.Value.ToString(CultureInfo.InvariantCulture) : Outcome;

    /// <summary>
    /// The exception a log event may carry, or <see langword="null"/>: only what the HTTP stack raised on a network
    /// failure, a timeout or a cancellation (its message is .NET's own). A credential provider's exception, say, is
    /// named by its type in <see cref="Reason"/> alone, since its message is not ours to vouch for.
    /// </summary>
    public Exception? LoggableCause =>
        Kind is FailureKind.Network or FailureKind.AttemptTimeout or FailureKind.OverallTimeout or FailureKind.Canceled
        && Cause is HttpRequestException or IOException or OperationCanceledException
            ? Cause
            : null;
}
