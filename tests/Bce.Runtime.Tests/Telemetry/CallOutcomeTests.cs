using Bce.Runtime.Telemetry;

namespace Bce.Runtime.Tests.Telemetry;

/// <summary>The outcome tag of an answer: success or its status class (failures: FailureClassifierTests).</summary>
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
}
