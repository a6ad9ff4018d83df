using Bce.Runtime.Errors;
using Bce.Runtime.Telemetry;
using Polly.Timeout;

namespace Bce.Runtime.Tests.Telemetry;

/// <summary>The outcome and retry-reason tag values: a handful of fixed words, never anything a call made up.</summary>
public sealed class CallOutcomeTests
{
    [Theory]
    [InlineData(200, "success")]
    [InlineData(204, "success")]
    [InlineData(302, "3xx")]
    [InlineData(404, "4xx")]
    [InlineData(429, "4xx")]
    [InlineData(503, "5xx")]
    [InlineData(999, "error")]
    public void Status_becomes_success_or_its_class(int status, string outcome) =>
        Assert.Equal(outcome, CallOutcome.ForStatus(status));

    [Fact]
    public void Failures_without_an_answer_are_named_by_kind()
    {
        Assert.Equal("network", CallOutcome.ForException(new HttpRequestException("x"), false, false));
        Assert.Equal("network", CallOutcome.ForException(new IOException("x"), false, false));
        Assert.Equal("timeout", CallOutcome.ForException(new TimeoutRejectedException(), false, false));
        Assert.Equal("timeout", CallOutcome.ForException(new TaskCanceledException(), false, false));
        Assert.Equal("canceled", CallOutcome.ForException(new TaskCanceledException(), true, false));
        Assert.Equal("credentials", CallOutcome.ForException(new BceClientException("x"), false, true));
        Assert.Equal("error", CallOutcome.ForException(new InvalidOperationException("x"), false, false));
    }

    [Fact]
    public void Retry_reason_is_the_status_code_or_the_failure_kind()
    {
        Assert.Equal("503", CallOutcome.RetryReason(503, null));
        Assert.Equal("429", CallOutcome.RetryReason(429, null));
        Assert.Equal("timeout", CallOutcome.RetryReason(null, new TimeoutRejectedException()));
        Assert.Equal("network", CallOutcome.RetryReason(null, new HttpRequestException("x")));
    }
}
