using System.Diagnostics;
using Bce.Runtime.Credentials;

namespace Bce.Runtime.Pipeline;

/// <summary>
/// One logical call as it passes the stages: the message, its tokens, and what its attempts taught. The stages write
/// only what they own (the attempt stage the credentials and answers, the classifier the may-have-applied history);
/// the call's timeouts live in their stages, and this object only tells them apart.
/// </summary>
internal sealed class Call : IDisposable
{
    private Deadline _overall;

    public Call(BceRequestMessage message, Uri requestUri, CancellationToken callerToken, long startedAt, Activity? activity)
    {
        Message = message;
        RequestUri = requestUri;
        CallerToken = callerToken;
        Token = callerToken;
        StartedAt = startedAt;
        Activity = activity;
    }

    public BceRequestMessage Message { get; }

    /// <summary>Path and query, fixed before the first attempt: every retry sends the same ones (and the same clientToken).</summary>
    public Uri RequestUri { get; }

    /// <summary>The caller's token: when it fires the call stops, and is never retried.</summary>
    public CancellationToken CallerToken { get; }

    /// <summary>The caller's token, linked with the overall timeout when there is one: what the attempts and back-off wait on.</summary>
    public CancellationToken Token { get; private set; }

    /// <summary>When the call started, on the pipeline's <see cref="TimeProvider"/>.</summary>
    public long StartedAt { get; }

    /// <summary>The call's activity; <see langword="null"/> when nobody traces.</summary>
    public Activity? Activity { get; }

    public int Attempts { get; set; }

    /// <summary>The credentials of the latest attempt: their secret values are scrubbed from whatever the service sends back.</summary>
    public BceCredentials? Credentials { get; set; }

    /// <summary>Set, and never cleared, once any attempt may have been applied (see <see cref="Failure.MayHaveBeenApplied"/>).</summary>
    public bool MayHaveBeenApplied { get; private set; }

    /// <summary>Whether a failure of this call must be reported as possibly applied: a write that may have been.</summary>
    public bool OutcomeUnknown => MayHaveBeenApplied && !IsSafeMethod(Message.Method);

    /// <summary>The status of the last answer, for the call's telemetry.</summary>
    public int? LastStatusCode { get; set; }

    /// <summary>The request id of the last answer (error body, else header), for the call's telemetry.</summary>
    public string? LastRequestId { get; set; }

    /// <summary>Whether the caller cancelled.</summary>
    public bool CallerCanceled => CallerToken.IsCancellationRequested;

    /// <summary>Whether the overall timeout fired (and the caller did not cancel first).</summary>
    public bool OverallTimedOut => _overall.Fired && !CallerToken.IsCancellationRequested;

    /// <summary>Starts the overall timeout on <paramref name="timeProvider"/>; <see cref="Token"/> then fires for it too.</summary>
    public void StartOverallTimeout(TimeSpan timeout, TimeProvider timeProvider)
    {
        _overall = Deadline.Start(CallerToken, timeout, timeProvider);
        Token = _overall.Token;
    }

    /// <summary>Remembers that an attempt may have been applied (the classifier's only write).</summary>
    public void Observe(Failure failure)
    {
        if (failure.MayHaveBeenApplied)
        {
            MayHaveBeenApplied = true;
        }

        if (failure.StatusCode is { } status)
        {
            LastStatusCode = status;
            LastRequestId = failure.RequestId;
        }
    }

    public void Dispose() => _overall.Dispose();

    private static bool IsSafeMethod(HttpMethod method) =>
        method == HttpMethod.Get || method == HttpMethod.Head || method == HttpMethod.Options;
}
