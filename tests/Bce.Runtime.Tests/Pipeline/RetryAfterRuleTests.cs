using Bce.Runtime.Errors;
using Bce.Runtime.Pipeline;
using Bce.Runtime.Tests.TestSupport;

namespace Bce.Runtime.Tests.Pipeline;

/// <summary>
/// One rule for Retry-After: readable and within MaxDelay (and the overall timeout) → wait at least that long; readable
/// and longer → stop retrying and report it, however large; unreadable → ignored, normal back-off.
/// </summary>
public sealed class RetryAfterRuleTests
{
    private const string Busy = "{\"code\":\"TooManyRequests\"}";

    private static BceRequestMessage Get() => new(HttpMethod.Get, "/v1/widget", "GetWidget");

    [Theory]
    [InlineData("86400", 86400L)]
    [InlineData("2147483648", 2147483648L)]
    [InlineData("99999999999999999999999999", 3153600000L)]
    [InlineData("Fri, 31 Dec 9999 23:59:59 GMT", 3153600000L)]
    public async Task Retry_after_longer_than_max_delay_stops_retrying_and_is_reported_however_large(string header, long seconds)
    {
        await using var harness = await PipelineHarness.StartAsync();
        harness.Server.Otherwise(429, Busy, ("Retry-After", header));

        var error = await Assert.ThrowsAsync<BceServiceException>(() => harness.Pipeline.SendAsync(Get()));

        Assert.Single(harness.Server.Requests);
        Assert.Equal(TimeSpan.FromSeconds(seconds), error.RetryAfter);
    }

    [Theory]
    [InlineData("soon")]
    [InlineData("-5")]
    [InlineData("1.5")]
    [InlineData("")]
    [InlineData("0x10")]
    public async Task Unreadable_retry_after_is_ignored_and_the_normal_back_off_applies(string header)
    {
        await using var harness = await PipelineHarness.StartAsync();
        harness.Server.Then(503, Busy, ("Retry-After", header));

        var response = await harness.Pipeline.SendAsync(Get());

        Assert.Equal(2, response.Attempts);
    }

    [Fact]
    public async Task Retry_after_beyond_what_remains_of_the_overall_timeout_stops_retrying()
    {
        await using var harness = await PipelineHarness.StartAsync(o => o.Timeout = TimeSpan.FromSeconds(10));
        harness.Server.Otherwise(503, Busy, ("Retry-After", "15"));

        var error = await Assert.ThrowsAsync<BceServiceException>(() => harness.Pipeline.SendAsync(Get()));

        Assert.Single(harness.Server.Requests);
        Assert.Equal(TimeSpan.FromSeconds(15), error.RetryAfter);
    }

    [Theory]
    [InlineData("0", 0)]
    [InlineData(" 7 ", 7)]
    [InlineData("Wed, 15 Jan 2025 07:00:00 GMT", 0)]
    [InlineData("Wed, 15 Jan 2025 08:00:30 GMT", 30)]
    public void Header_reads_as_seconds_or_a_date_from_now(string header, int seconds)
    {
        Assert.Equal(TimeSpan.FromSeconds(seconds), RetryAfterHeader.Parse(header, TestKeys.Epoch));
    }
}
