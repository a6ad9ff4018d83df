using Bce.Runtime.Logging;
using Bce.Runtime.Telemetry;
using Microsoft.Extensions.Logging;

namespace Bce.Runtime.Pipeline;

/// <summary>
/// What the attempt stage writes: the request and response headers (Trace, allow-listed), each attempt's end (Debug),
/// the clock-skew decisions, and the <c>bce.client.attempts</c> counter. Each behind an <c>IsEnabled</c> check.
/// </summary>
internal sealed partial class AttemptStage
{
    private void LogRequestHeaders(Call call, HttpRequestMessage request)
    {
        if (_logger.IsEnabled(LogLevel.Trace))
        {
            BceLog.RequestHeaders(_logger, call.Message.OperationName, call.Attempts, LogRedaction.FormatHeaders(request));
        }
    }

    private void LogAttemptCompleted(Call call, AttemptResult answer, long started)
    {
        if (_logger.IsEnabled(LogLevel.Trace))
        {
            BceLog.ResponseHeaders(_logger, call.Message.OperationName, call.Attempts, answer.StatusCode, LogRedaction.FormatHeaders(answer.Headers));
        }

        if (_logger.IsEnabled(LogLevel.Debug))
        {
            var message = call.Message;
            BceLog.AttemptCompleted(
                _logger, message.OperationName, call.Attempts, message.Method.Method, message.Path, _loggedQuery.Format(message.Query),
                answer.StatusCode, ElapsedMilliseconds(started), answer.RequestIdHeader);
        }
    }

    private void LogAttemptFailed(Call call, Failure failure, long started)
    {
        if (_logger.IsEnabled(LogLevel.Debug))
        {
            var message = call.Message;
            BceLog.AttemptFailed(
                _logger, message.OperationName, call.Attempts, message.Method.Method, message.Path, _loggedQuery.Format(message.Query),
                failure.Reason, ElapsedMilliseconds(started), failure.LoggableCause);
        }
    }

    private void LogClockSkewAdopted(Call call, TimeSpan skew, AttemptResult answer) =>
        BceLog.ClockSkewAdopted(_logger, call.Message.OperationName, (long)skew.TotalMilliseconds, answer.RequestIdHeader);

    private void LogClockSkewRejected(Call call, TimeSpan skew, AttemptResult answer) =>
        BceLog.ClockSkewRejected(_logger, call.Message.OperationName, (long)Math.Round(skew.TotalHours), answer.RequestIdHeader);

    private void RecordAttempt(Call call, string outcome)
    {
        if (BceTelemetry.Attempts.Enabled)
        {
            BceTelemetry.RecordAttempt(_serviceName, call.Message.OperationName, outcome);
        }
    }

    private long ElapsedMilliseconds(long started) => (long)_settings.TimeProvider.GetElapsedTime(started).TotalMilliseconds;
}
