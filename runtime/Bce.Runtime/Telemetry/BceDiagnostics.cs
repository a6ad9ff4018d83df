namespace Bce.Runtime.Telemetry;

/// <summary>
/// The names an OpenTelemetry (or any <see cref="System.Diagnostics.ActivityListener"/> /
/// <see cref="System.Diagnostics.Metrics.MeterListener"/>) subscriber needs: the activity source, the meter, its
/// instruments, and the tag keys and values they carry. Stable across versions.
/// </summary>
/// <remarks>
/// Subscribe with <c>AddSource(BceDiagnostics.ActivitySourceName)</c> and <c>AddMeter(BceDiagnostics.MeterName)</c>.
/// Nothing is built or recorded until someone listens. No tag ever holds a key, a token, a signature, a header value
/// outside the logging allow-list or a body; metric tags are low-cardinality only (service, operation, outcome, reason).
/// </remarks>
public static class BceDiagnostics
{
    /// <summary>The <see cref="System.Diagnostics.ActivitySource"/> name: one Client activity per logical call, <c>{ServiceName}.{OperationName}</c>.</summary>
    public const string ActivitySourceName = "Bce.Runtime";

    /// <summary>The <see cref="System.Diagnostics.Metrics.Meter"/> name.</summary>
    public const string MeterName = "Bce.Runtime";

    /// <summary>Histogram, seconds: one logical call, retries and back-off included. Tags: service, operation, outcome.</summary>
    public const string CallDurationInstrument = "bce.client.call.duration";

    /// <summary>Counter: every attempt (each HTTP request sent, or each try that failed before sending). Tags: service, operation, outcome.</summary>
    public const string AttemptsInstrument = "bce.client.attempts";

    /// <summary>Counter: every retry scheduled. Tags: service, operation, reason.</summary>
    public const string RetriesInstrument = "bce.client.retries";

    /// <summary>The activity event added when a failed attempt is retried (tags <see cref="AttemptTag"/>, <see cref="RetryReasonTag"/>, <see cref="RetryDelayTag"/>).</summary>
    public const string RetryEventName = "bce.retry";

    /// <summary>Tag: the service name of the descriptor (<c>PeerConn</c>, <c>STS</c>).</summary>
    public const string ServiceTag = "bce.service";

    /// <summary>Tag: the operation name (<c>CreatePeerConn</c>).</summary>
    public const string OperationTag = "bce.operation";

    /// <summary>Tag: how a call or an attempt ended; one of the <c>Outcome…</c> values or a status class (<c>4xx</c>, <c>5xx</c>).</summary>
    public const string OutcomeTag = "bce.outcome";

    /// <summary>Tag (retries counter and retry event): why the attempt is retried; on the counter a status code (<c>503</c>, <c>429</c>), <c>network</c> or <c>timeout</c>.</summary>
    public const string RetryReasonTag = "bce.retry.reason";

    /// <summary>Event tag: the back-off before the next attempt, in milliseconds.</summary>
    public const string RetryDelayTag = "bce.retry.delay_ms";

    /// <summary>Event tag: the number of the attempt that failed (1 for the first).</summary>
    public const string AttemptTag = "bce.attempt";

    /// <summary>Activity tag: the idempotency token of the call, when it has one.</summary>
    public const string ClientTokenTag = "bce.client_token";

    /// <summary>Activity tag: the request id of the last answer (error body, else <c>x-bce-request-id</c>).</summary>
    public const string RequestIdTag = "bce.request_id";

    /// <summary>Activity tag: how many attempts the call made.</summary>
    public const string AttemptsTag = "bce.attempts";

    /// <summary>Activity tag: the service's error code, on a service error.</summary>
    public const string ErrorCodeTag = "bce.error_code";

    /// <summary>Outcome: a 2xx answer that was read.</summary>
    public const string OutcomeSuccess = "success";

    /// <summary>Outcome: no answer because of a connection or protocol failure.</summary>
    public const string OutcomeNetwork = "network";

    /// <summary>Outcome: the attempt or overall timeout ran out.</summary>
    public const string OutcomeTimeout = "timeout";

    /// <summary>Outcome: the caller's cancellation token fired (not an error).</summary>
    public const string OutcomeCanceled = "canceled";

    /// <summary>Outcome: the credential provider failed, so nothing was sent.</summary>
    public const string OutcomeCredentials = "credentials";

    /// <summary>Outcome (calls only): a 2xx answer whose body was empty or did not parse.</summary>
    public const string OutcomeUnreadable = "unreadable";

    /// <summary>Outcome: anything else that stopped the call.</summary>
    public const string OutcomeError = "error";
}
