using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Bce.Runtime.Telemetry;

/// <summary>
/// The one <see cref="ActivitySource"/> and the one <see cref="Meter"/> of the runtime, their instruments, and the
/// code that fills them. Every method returns at once when nobody listens, before any tag is built.
/// </summary>
internal static class BceTelemetry
{
    private static readonly string? Version = typeof(BceTelemetry).Assembly.GetName().Version?.ToString();

    public static readonly ActivitySource Source = new(BceDiagnostics.ActivitySourceName, Version);

    public static readonly Meter Meter = new(BceDiagnostics.MeterName, Version);

    /// <summary>Whole calls, in seconds; the buckets of OpenTelemetry's HTTP client duration, stretched to a minute for back-off.</summary>
    public static readonly Histogram<double> CallDuration = Meter.CreateHistogram(
        BceDiagnostics.CallDurationInstrument,
        unit: "s",
        description: "Duration of logical BCE calls, retries and back-off included.",
        tags: null,
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10, 30, 60] });

    public static readonly Counter<long> Attempts = Meter.CreateCounter<long>(
        BceDiagnostics.AttemptsInstrument, unit: "{attempt}", description: "Attempts made by BCE calls, by outcome.");

    public static readonly Counter<long> Retries = Meter.CreateCounter<long>(
        BceDiagnostics.RetriesInstrument, unit: "{retry}", description: "Retries scheduled by BCE calls, by reason.");

    /// <summary>
    /// Starts the call's Client activity (it becomes <see cref="Activity.Current"/>, so HttpClient's own activities are
    /// its children); <see langword="null"/> when nobody listens or the sampler drops it.
    /// </summary>
    public static Activity? StartCall(string service, string operation, string? clientToken, string method, Uri endpoint)
    {
        if (!Source.HasListeners())
        {
            return null;
        }

        var activity = Source.StartActivity(string.Concat(service, ".", operation), ActivityKind.Client);
        if (activity is not { IsAllDataRequested: true })
        {
            return activity;
        }

        activity.SetTag(BceDiagnostics.ServiceTag, service);
        activity.SetTag(BceDiagnostics.OperationTag, operation);
        if (clientToken is not null)
        {
            activity.SetTag(BceDiagnostics.ClientTokenTag, clientToken);
        }

        activity.SetTag("http.request.method", method);
        activity.SetTag("server.address", endpoint.IdnHost);
        activity.SetTag("server.port", endpoint.Port);
        return activity;
    }

    public static void RecordAttempt(string service, string operation, string outcome)
    {
        if (Attempts.Enabled)
        {
            Attempts.Add(1, new TagList
            {
                { BceDiagnostics.ServiceTag, service },
                { BceDiagnostics.OperationTag, operation },
                { BceDiagnostics.OutcomeTag, outcome },
            });
        }
    }

    public static void RecordRetry(string service, string operation, string reason)
    {
        if (Retries.Enabled)
        {
            Retries.Add(1, new TagList
            {
                { BceDiagnostics.ServiceTag, service },
                { BceDiagnostics.OperationTag, operation },
                { BceDiagnostics.RetryReasonTag, reason },
            });
        }
    }

    /// <summary>Adds the <c>bce.retry</c> event; <paramref name="reason"/> is the same redacted text the log shows.</summary>
    public static void AddRetryEvent(Activity activity, int failedAttempt, string reason, TimeSpan delay) =>
        activity.AddEvent(new ActivityEvent(BceDiagnostics.RetryEventName, tags: new ActivityTagsCollection
        {
            { BceDiagnostics.AttemptTag, failedAttempt },
            { BceDiagnostics.RetryReasonTag, reason },
            { BceDiagnostics.RetryDelayTag, (long)delay.TotalMilliseconds },
        }));

    /// <summary>Records the call's duration and completes its activity (tags, status, stop).</summary>
    public static void EndCall(Activity? activity, string service, string operation, in CallEnd end, int attempts, TimeSpan elapsed)
    {
        if (CallDuration.Enabled)
        {
            CallDuration.Record(elapsed.TotalSeconds, new TagList
            {
                { BceDiagnostics.ServiceTag, service },
                { BceDiagnostics.OperationTag, operation },
                { BceDiagnostics.OutcomeTag, end.Outcome },
            });
        }

        if (activity is null)
        {
            return;
        }

        if (activity.IsAllDataRequested)
        {
            activity.SetTag(BceDiagnostics.OutcomeTag, end.Outcome);
            activity.SetTag(BceDiagnostics.AttemptsTag, attempts);
            if (end.StatusCode is { } status)
            {
                activity.SetTag("http.response.status_code", status);
            }

            if (end.RequestId is not null)
            {
                activity.SetTag(BceDiagnostics.RequestIdTag, end.RequestId);
            }

            if (end.ErrorCode is not null)
            {
                activity.SetTag(BceDiagnostics.ErrorCodeTag, end.ErrorCode);
            }

            if (end.ErrorType is not null)
            {
                activity.SetTag("error.type", end.ErrorType);
                activity.SetStatus(ActivityStatusCode.Error, end.Description);
            }
        }

        activity.Dispose();
    }
}
