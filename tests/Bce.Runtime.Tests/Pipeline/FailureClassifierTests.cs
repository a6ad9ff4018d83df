using System.Net.Sockets;
using Bce.Runtime.Errors;
using Bce.Runtime.Pipeline;

namespace Bce.Runtime.Tests.Pipeline;

/// <summary>
/// The one classifier: what each failure is, whether it is retried, whether it may have been applied, and the words
/// the logs and telemetry use for it. The pipeline tests show the same decisions end to end.
/// </summary>
public sealed class FailureClassifierTests
{
    private readonly FailureClassifier _classifier = new(["PeerConn.Busy"]);

    [Theory]
    [InlineData(500, "InternalError", true)]
    [InlineData(502, null, true)]
    [InlineData(503, "ServiceUnavailable", true)]
    [InlineData(504, null, true)]
    [InlineData(429, "TooManyRequests", true)]
    [InlineData(408, null, true)]
    [InlineData(400, "Http400", true)]
    [InlineData(400, "RequestExpired", true)]
    [InlineData(403, "RequestExpired", true)]
    [InlineData(409, "PeerConn.Busy", true)]
    [InlineData(400, "InvalidHTTPRequest", false)]
    [InlineData(400, "SignatureDoesNotMatch", false)]
    [InlineData(400, "http400", false)]
    [InlineData(400, null, false)]
    [InlineData(401, null, false)]
    [InlineData(403, "AccessDenied", false)]
    [InlineData(404, "NoSuchObject", false)]
    [InlineData(409, "PeerConn.VpcPairExists", false)]
    [InlineData(412, "PreconditionFailed", false)]
    [InlineData(501, null, false)]
    [InlineData(200, "Http400", false)]
    [InlineData(204, null, false)]
    public void Answers(int status, string? code, bool retry)
    {
        Assert.Equal(retry, _classifier.IsRetryableAnswer(status, code));
    }

    public static TheoryData<Exception, string, bool, bool> Exceptions() => new()
    {
        // exception, outcome, retried, may have been applied (the request had been sent)
        { new HttpRequestException("reset", new IOException("connection reset")), "network", true, true },
        { new HttpRequestException(HttpRequestError.ConnectionError, "refused", new SocketException()), "network", true, false },
        { new HttpRequestException(HttpRequestError.NameResolutionError, "no such host"), "network", true, false },
        { new HttpRequestException(HttpRequestError.ResponseEnded, "ended"), "network", true, true },
        { new HttpRequestException(HttpRequestError.SecureConnectionError, "bad certificate"), "network", false, false },
        { new IOException("broken pipe"), "network", true, true },
        { new InvalidOperationException("odd"), "error", false, true },
    };

    [Theory]
    [MemberData(nameof(Exceptions))]
    public void Sent_requests_that_threw(Exception exception, string outcome, bool retry, bool applied)
    {
        using var call = NewCall(HttpMethod.Post);

        var failure = _classifier.ClassifyException(exception, call, sent: true, attemptTimedOut: false);

        Assert.Equal((outcome, retry, applied), (failure.Outcome, failure.Retryable, failure.MayHaveBeenApplied));
        Assert.Equal(applied, call.OutcomeUnknown);
    }

    [Fact]
    public void An_attempt_deadline_is_a_retried_timeout_that_may_have_been_applied()
    {
        using var call = NewCall(HttpMethod.Post);

        var failure = _classifier.ClassifyException(new TaskCanceledException(), call, sent: true, attemptTimedOut: true);

        Assert.Equal((FailureKind.AttemptTimeout, "timeout", "attempt timeout", true, true),
            (failure.Kind, failure.Outcome, failure.Reason, failure.Retryable, failure.MayHaveBeenApplied));
        Assert.Same(failure.Cause, failure.LoggableCause);
    }

    [Fact]
    public void The_callers_cancellation_wins_over_any_deadline_and_is_never_retried()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        using var call = NewCall(HttpMethod.Post, cancelled.Token);

        var failure = _classifier.ClassifyException(new TaskCanceledException(), call, sent: true, attemptTimedOut: true);

        Assert.Equal((FailureKind.Canceled, "canceled", false, true), (failure.Kind, failure.Outcome, failure.Retryable, failure.MayHaveBeenApplied));
        Assert.True(call.OutcomeUnknown);
        Assert.False(_classifier.ClassifyException(new HttpRequestException("reset"), call, sent: true, attemptTimedOut: false).Retryable);
    }

    [Fact]
    public void The_overall_timeout_is_told_apart_from_the_attempt_timeout()
    {
        using var call = NewCall(HttpMethod.Get);
        call.StartOverallTimeout(TimeSpan.Zero, TimeProvider.System);
        SpinWait.SpinUntil(() => call.Token.IsCancellationRequested, 5000);

        var failure = _classifier.ClassifyException(new TaskCanceledException(), call, sent: true, attemptTimedOut: true);

        Assert.Equal((FailureKind.OverallTimeout, "overall timeout", false), (failure.Kind, failure.Reason, failure.Retryable));
        Assert.False(call.OutcomeUnknown); // a read is never an unknown outcome
    }

    [Fact]
    public void A_credentials_failure_sent_nothing_and_names_the_provider_by_type_only()
    {
        using var call = NewCall(HttpMethod.Post);

        var failure = _classifier.ClassifyCredentialsFailure(new InvalidOperationException("sk=secret"), "VaultProvider", call);

        Assert.Equal((FailureKind.Credentials, "credentials", false, false), (failure.Kind, failure.Outcome, failure.Retryable, failure.MayHaveBeenApplied));
        Assert.Equal("credentials unavailable from VaultProvider (InvalidOperationException)", failure.Reason);
        Assert.DoesNotContain("sk=secret", failure.Description, StringComparison.Ordinal);
        Assert.Null(failure.Cause);
        Assert.Null(failure.LoggableCause);
    }

    [Fact]
    public void A_failure_before_sending_is_an_invalid_request_never_applied()
    {
        using var call = NewCall(HttpMethod.Post);

        var failure = _classifier.ClassifyException(new ArgumentException("bad header"), call, sent: false, attemptTimedOut: false);

        Assert.Equal((FailureKind.InvalidRequest, "error", false, false), (failure.Kind, failure.Outcome, failure.Retryable, failure.MayHaveBeenApplied));
    }

    [Fact]
    public void Too_large_answers_are_not_retried_and_keep_their_status()
    {
        using var call = NewCall(HttpMethod.Post);

        var ok = _classifier.ClassifyTooLarge(200, "r-1", 1024, call);
        var refused = _classifier.ClassifyTooLarge(503, "r-2", 1024, NewCall(HttpMethod.Post));

        Assert.Equal((FailureKind.AnswerTooLarge, false, true, 200, "r-1"), (ok.Kind, ok.Retryable, ok.MayHaveBeenApplied, ok.StatusCode, ok.RequestId));
        Assert.False(refused.MayHaveBeenApplied);
    }

    [Fact]
    public void Exceptions_are_described_by_type_and_kind_never_by_message()
    {
        Assert.Equal("HttpRequestException (ConnectionError)", FailureClassifier.DescribeException(new HttpRequestException(HttpRequestError.ConnectionError, "secret")));
        Assert.Equal("HttpRequestException", FailureClassifier.DescribeException(new HttpRequestException("secret")));
        Assert.Equal("InvalidOperationException", FailureClassifier.DescribeException(new InvalidOperationException("secret")));
    }

    [Fact]
    public void Only_transport_timeout_and_cancellation_exceptions_may_be_logged()
    {
        using var call = NewCall(HttpMethod.Get);
        var http = new HttpRequestException(HttpRequestError.ConnectionError, "refused");

        Assert.Same(http, _classifier.ClassifyException(http, call, sent: true, attemptTimedOut: false).LoggableCause);
        Assert.Null(_classifier.ClassifyException(new InvalidOperationException("sk=secret"), call, sent: true, attemptTimedOut: false).LoggableCause);
        Assert.Null(_classifier.ClassifyException(new BceClientException("wraps", new InvalidOperationException("sk=secret")), call, true, false).LoggableCause);
    }

    [Fact]
    public void Retry_reason_is_the_status_code_or_the_failure_kind()
    {
        using var call = NewCall(HttpMethod.Get);

        Assert.Equal("network", _classifier.ClassifyException(new IOException(), call, sent: true, attemptTimedOut: false).RetryReason);
        Assert.Equal("timeout", _classifier.ClassifyException(new TaskCanceledException(), call, sent: true, attemptTimedOut: true).RetryReason);
    }

    private static Call NewCall(HttpMethod method, CancellationToken token = default) =>
        new(new BceRequestMessage(method, "/v1/widget", "Op"), new Uri("http://127.0.0.1/v1/widget"), token, 0, null);
}
