using System.Diagnostics;

namespace Bce.Runtime.Pipeline;

/// <summary>What one logical call accumulates across its attempts.</summary>
internal sealed class CallState(BceRequestMessage message, CancellationToken callerToken)
{
    public BceRequestMessage Message { get; } = message;

    /// <summary>The caller's token: when it fires the call stops, and is never retried.</summary>
    public CancellationToken CallerToken { get; } = callerToken;

    /// <summary>
    /// The request URI, built on the first attempt and reused by the rest: path and query never change between
    /// attempts (only headers and the signature do).
    /// </summary>
    public Uri? RequestUri { get; set; }

    public int Attempts { get; set; }

    /// <summary>
    /// The credentials of the latest attempt: their secret values are scrubbed from whatever the service sends back
    /// (a SignatureDoesNotMatch message quotes the canonical request, session token included).
    /// </summary>
    public Credentials.BceCredentials? Credentials { get; set; }

    /// <summary>
    /// Set, and never cleared, once any attempt may have been applied: sent without a definite answer (timeout,
    /// connection lost mid-way), answered 500, 502 or 504, or answered 2xx with a body that could not be read.
    /// </summary>
    public bool MayHaveBeenApplied { get; set; }

    /// <summary>Whether a failure of this call must be reported as possibly applied: a write that may have been.</summary>
    public bool OutcomeUnknown => MayHaveBeenApplied && !IsSafeMethod(Message.Method);

    private static bool IsSafeMethod(HttpMethod method) =>
        method == HttpMethod.Get || method == HttpMethod.Head || method == HttpMethod.Options;

    /// <summary>Set by the overall timeout, to tell it apart from an attempt timeout.</summary>
    public bool OverallTimedOut { get; set; }

    /// <summary>Set when the credential provider failed, to name that in the log instead of the wrapping exception.</summary>
    public string? CredentialsFailure { get; set; }

    /// <summary>The call's activity; <see langword="null"/> when nobody traces.</summary>
    public Activity? Activity { get; init; }

    /// <summary>When the call started, on the pipeline's <see cref="TimeProvider"/>.</summary>
    public long StartedAt { get; init; }

    /// <summary>The status of the last answer, for the call's telemetry.</summary>
    public int? LastStatusCode { get; set; }

    /// <summary>The request id of the last answer (error body, else header), for the call's telemetry.</summary>
    public string? LastRequestId { get; set; }
}
