using System.Globalization;
using Bce.Runtime.Errors;
using Bce.Runtime.Logging;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Timeout;

namespace Bce.Runtime.Pipeline;

/// <summary>
/// The pipeline's side of logging: what each attempt, retry and failure writes through <see cref="BceLog"/>, each
/// behind an <c>IsEnabled</c> check so nothing is formatted when nobody listens.
/// </summary>
public sealed partial class BcePipeline
{
    private void LogRequestHeaders(CallState state, HttpRequestMessage request)
    {
        if (_logger.IsEnabled(LogLevel.Trace))
        {
            BceLog.RequestHeaders(_logger, state.Message.OperationName, state.Attempts, LogRedaction.FormatHeaders(request));
        }
    }

    private void LogAttemptCompleted(CallState state, AttemptResult result, long started)
    {
        if (_logger.IsEnabled(LogLevel.Trace))
        {
            BceLog.ResponseHeaders(_logger, state.Message.OperationName, state.Attempts, result.StatusCode, LogRedaction.FormatHeaders(result.Headers));
        }

        if (_logger.IsEnabled(LogLevel.Debug))
        {
            var message = state.Message;
            BceLog.AttemptCompleted(
                _logger, message.OperationName, state.Attempts, message.Method.Method, message.Path, _loggedQuery.Format(message.Query),
                result.StatusCode, ElapsedMilliseconds(started), result.RequestIdHeader);
        }
    }

    private void LogAttemptFailed(CallState state, string reason, Exception? exception, long started)
    {
        if (_logger.IsEnabled(LogLevel.Debug))
        {
            var message = state.Message;
            BceLog.AttemptFailed(
                _logger, message.OperationName, state.Attempts, message.Method.Method, message.Path, _loggedQuery.Format(message.Query),
                reason, ElapsedMilliseconds(started), exception);
        }
    }

    /// <summary><c>503 ServiceUnavailable</c>, <c>attempt timeout</c>, <c>HttpRequestException (ConnectionError)</c>: never a message.</summary>
    private static string DescribeRetryReason(Outcome<AttemptResult> outcome) =>
        outcome.Exception is { } exception
            ? LogRedaction.DescribeException(exception)
            : string.Concat(outcome.Result!.StatusCode.ToString(CultureInfo.InvariantCulture), " ", outcome.Result.Error?.Code);

    private void LogFailureWithoutAnswer(Exception exception, CallState state, bool outcomeUnknown)
    {
        if (_logger.IsEnabled(LogLevel.Warning))
        {
            BceLog.CallFailedWithoutAnswer(
                _logger, state.Message.OperationName, DescribeFailureWithoutAnswer(exception, state), state.Attempts, outcomeUnknown, LogRedaction.AttachableException(exception));
        }
    }

    /// <summary>Why a call got no answer, in the words of the log: the exception's type and kind, never its message.</summary>
    private static string DescribeFailureWithoutAnswer(Exception exception, CallState state) => exception switch
    {
        TimeoutRejectedException when state.OverallTimedOut => "overall timeout",
        BceClientException when state.CredentialsFailure is { } failure => failure,
        _ => LogRedaction.DescribeException(exception),
    };

    private long ElapsedMilliseconds(long started) => (long)_settings.TimeProvider.GetElapsedTime(started).TotalMilliseconds;
}
