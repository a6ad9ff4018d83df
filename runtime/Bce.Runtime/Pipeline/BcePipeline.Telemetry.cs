using Bce.Runtime.Errors;
using Bce.Runtime.Telemetry;
using Polly;
using Polly.Retry;

namespace Bce.Runtime.Pipeline;

/// <summary>
/// The pipeline's side of tracing and metrics: what each attempt, retry and call end feeds to
/// <see cref="BceTelemetry"/>. Every method returns at once when nobody listens.
/// </summary>
public sealed partial class BcePipeline
{
    /// <summary>Counts an attempt's outcome and remembers its answer for the call's tags; returns it unchanged.</summary>
    private Outcome<AttemptResult> Recorded(CallState state, Outcome<AttemptResult> outcome)
    {
        RecordAttempt(state, outcome);
        return outcome;
    }

    private void RecordAttempt(CallState state, Outcome<AttemptResult> outcome)
    {
        if (outcome.Result is { } result)
        {
            state.LastStatusCode = result.StatusCode;
            state.LastRequestId = result.Error?.RequestId ?? result.RequestIdHeader;
        }

        if (!BceTelemetry.Attempts.Enabled)
        {
            return;
        }

        var attemptOutcome = outcome.Result is { } answer
            ? CallOutcome.ForStatus(answer.StatusCode)
            : CallOutcome.ForException(outcome.Exception!, state.CallerToken.IsCancellationRequested, state.CredentialsFailure is not null);
        BceTelemetry.RecordAttempt(_service.ServiceName, state.Message.OperationName, attemptOutcome);
    }

    private void RecordRetry(CallState state, OnRetryArguments<AttemptResult> args)
    {
        if (BceTelemetry.Retries.Enabled)
        {
            BceTelemetry.RecordRetry(_service.ServiceName, state.Message.OperationName, CallOutcome.RetryReason(args.Outcome.Result?.StatusCode, args.Outcome.Exception));
        }

        if (state.Activity is { IsAllDataRequested: true } activity)
        {
            BceTelemetry.AddRetryEvent(activity, args.AttemptNumber + 1, DescribeRetryReason(args.Outcome), args.RetryDelay);
        }
    }

    private void SucceedCall(CallState state, BceResponse response)
    {
        if (state.Activity is not null || BceTelemetry.CallDuration.Enabled)
        {
            EndCall(state, new CallEnd(BceDiagnostics.OutcomeSuccess, response.Status, response.RequestId));
        }
    }

    /// <summary>
    /// Ends a failed call. A service error and every failure without an answer mark the activity Error with a short
    /// description in the words of the log; the caller's own cancellation does not (the call did not fail, the caller
    /// stopped waiting), so it ends with outcome <c>canceled</c> and an unset status.
    /// </summary>
    private void FailCall(CallState state, Exception exception)
    {
        if (state.Activity is null && !BceTelemetry.CallDuration.Enabled)
        {
            return;
        }

        EndCall(state, DescribeFailure(state, exception));
    }

    private void EndCall(CallState state, in CallEnd end) =>
        BceTelemetry.EndCall(
            state.Activity, _service.ServiceName, state.Message.OperationName, end, state.Attempts, _settings.TimeProvider.GetElapsedTime(state.StartedAt));

    private static CallEnd DescribeFailure(CallState state, Exception exception)
    {
        switch (exception)
        {
            case BceServiceException error:
                return new CallEnd(
                    CallOutcome.ForStatus(error.StatusCode),
                    state.LastStatusCode ?? error.StatusCode,
                    error.RequestId ?? state.LastRequestId,
                    error.ErrorCode,
                    ErrorType: error.ErrorCode,
                    Description: $"{error.StatusCode} {error.ErrorCode}");
            case OperationCanceledException when state.CallerToken.IsCancellationRequested:
                return new CallEnd(BceDiagnostics.OutcomeCanceled, state.LastStatusCode, state.LastRequestId);
            case BceClientException { StatusCode: { } status, InnerException: var inner } when state.CredentialsFailure is null:
                // A 2xx answer that could not be read: name the parser's exception type, never its message (it may quote the body).
                return new CallEnd(
                    BceDiagnostics.OutcomeUnreadable,
                    status,
                    state.LastRequestId,
                    ErrorType: BceDiagnostics.OutcomeUnreadable,
                    Description: $"{status} answer unreadable ({inner?.GetType().Name ?? "empty body"})");
        }

        // No answer: the pipeline wrapped the transport or timeout exception; a credential failure names its provider.
        var cause = exception is BceClientException { InnerException: { } inner2 } && state.CredentialsFailure is null ? inner2 : exception;
        var outcome = CallOutcome.ForException(cause, callerCanceled: false, state.CredentialsFailure is not null);
        return new CallEnd(
            outcome,
            state.LastStatusCode,
            state.LastRequestId,
            ErrorType: outcome == BceDiagnostics.OutcomeError ? cause.GetType().FullName : outcome,
            Description: DescribeFailureWithoutAnswer(cause, state));
    }
}
