using Bce.Runtime.Logging;
using Bce.Runtime.Telemetry;
using Microsoft.Extensions.Logging;

namespace Bce.Runtime.Pipeline;

/// <summary>
/// What the resilience stage writes for each retry it schedules: the <c>RetryScheduled</c> log (Information), the
/// <c>bce.client.retries</c> counter and a <c>bce.retry</c> event on the call's activity, all from the classified
/// failure's reason.
/// </summary>
internal sealed partial class ResilienceStage
{
    private void OnRetry(AttemptOutcome outcome, int failedAttempt, TimeSpan delay)
    {
        var call = outcome.Call;
        var failure = outcome.Failure!;
        if (_logger.IsEnabled(LogLevel.Information))
        {
            BceLog.RetryScheduled(_logger, call.Message.OperationName, failedAttempt, failure.Reason, (long)delay.TotalMilliseconds);
        }

        if (BceTelemetry.Retries.Enabled)
        {
            BceTelemetry.RecordRetry(_serviceName, call.Message.OperationName, failure.RetryReason);
        }

        if (call.Activity is { IsAllDataRequested: true } activity)
        {
            BceTelemetry.AddRetryEvent(activity, failedAttempt, failure.Reason, delay);
        }
    }
}
