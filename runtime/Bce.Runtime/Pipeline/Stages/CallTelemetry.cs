using Bce.Runtime.Logging;
using Bce.Runtime.Telemetry;
using Microsoft.Extensions.Logging;

namespace Bce.Runtime.Pipeline;

/// <summary>
/// The call's own record, at its start and end: the Client activity and the <c>bce.client.call.duration</c> histogram
/// (see <see cref="BceTelemetry"/>), and the call's last log line (<c>CallFailed</c> for a service error,
/// <c>CallFailedWithoutAnswer</c> otherwise; nothing for the caller's own cancellation, and nothing more for an
/// unreadable answer, which the response reader already logged). Everything is read from the classified failure.
/// </summary>
internal sealed class CallTelemetry(string serviceName, BcePipelineSettings settings, ILogger logger)
{
    public Call Start(BceRequestMessage message, Uri requestUri, CancellationToken cancellationToken) => new(
        message,
        requestUri,
        cancellationToken,
        settings.TimeProvider.GetTimestamp(),
        BceTelemetry.StartCall(serviceName, message.OperationName, message.ClientToken, message.Method.Method, settings.Endpoint));

    public void Succeeded(Call call, BceResponse response)
    {
        if (call.Activity is not null || BceTelemetry.CallDuration.Enabled)
        {
            End(call, new CallEnd(BceDiagnostics.OutcomeSuccess, response.Status, response.RequestId));
        }
    }

    /// <summary>
    /// Ends a failed call. A service error and every failure without an answer mark the activity Error with the
    /// failure's reason; the caller's own cancellation does not (the call did not fail, the caller stopped waiting), so
    /// it ends with outcome <c>canceled</c> and an unset status.
    /// </summary>
    public void Failed(Call call, Failure failure)
    {
        Log(call, failure);
        if (call.Activity is null && !BceTelemetry.CallDuration.Enabled)
        {
            return;
        }

        var outcome = failure.Outcome;
        var end = failure.Kind switch
        {
            FailureKind.Canceled => new CallEnd(outcome, call.LastStatusCode, call.LastRequestId),
            FailureKind.ServiceError => new CallEnd(
                outcome, call.LastStatusCode ?? failure.StatusCode, failure.RequestId ?? call.LastRequestId, failure.ErrorCode,
                ErrorType: failure.ErrorCode, Description: failure.Reason),
            _ => new CallEnd(
                outcome, failure.StatusCode ?? call.LastStatusCode, failure.RequestId ?? call.LastRequestId,
                ErrorType: outcome == BceDiagnostics.OutcomeError ? failure.Cause?.GetType().FullName ?? outcome : outcome,
                Description: failure.Reason),
        };
        End(call, end);
    }

    private void Log(Call call, Failure failure)
    {
        switch (failure.Kind)
        {
            case FailureKind.Canceled or FailureKind.Unreadable:
                return;
            case FailureKind.ServiceError:
                BceLog.CallFailed(logger, call.Message.OperationName, failure.StatusCode!.Value, failure.ErrorCode!, failure.RequestId, call.Attempts);
                return;
            default:
                if (logger.IsEnabled(LogLevel.Warning))
                {
                    BceLog.CallFailedWithoutAnswer(
                        logger, call.Message.OperationName, failure.Reason, call.Attempts, call.OutcomeUnknown, failure.LoggableCause);
                }

                return;
        }
    }

    private void End(Call call, in CallEnd end) =>
        BceTelemetry.EndCall(call.Activity, serviceName, call.Message.OperationName, end, call.Attempts, settings.TimeProvider.GetElapsedTime(call.StartedAt));
}
