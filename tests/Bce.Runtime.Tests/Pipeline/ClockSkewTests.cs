using Bce.Runtime.Pipeline;
using Bce.Runtime.Tests.TestSupport;

namespace Bce.Runtime.Tests.Pipeline;

/// <summary>A clock skew is learnt only within ±24 h, never makes a signing time unrepresentable, and is learnt again.</summary>
public sealed class ClockSkewTests
{
    private const string Expired = "{\"code\":\"RequestExpired\",\"message\":\"Request has expired.\"}";

    private static BceRequestMessage Message() => new(HttpMethod.Get, "/v1/widget", "GetWidget");

    [Theory]
    [InlineData("Fri, 31 Dec 9999 23:59:59 GMT")]
    [InlineData("Mon, 01 Jan 0001 00:00:00 GMT")]
    [InlineData("Thu, 01 Jan 1970 00:00:00 GMT")]
    [InlineData("Fri, 17 Jan 2025 08:00:00 GMT")]
    public async Task Absurd_date_on_a_request_expired_answer_is_not_learnt_and_later_calls_still_work(string date)
    {
        await using var harness = await PipelineHarness.StartAsync(o => o.Retry.MaxRetries = 0);
        harness.Server.Then(400, Expired, ("Date", date));

        await Assert.ThrowsAsync<Bce.Runtime.Errors.BceServiceException>(() => harness.Pipeline.SendAsync(Message()));
        var later = await harness.Pipeline.SendAsync(Message());

        Assert.Equal(200, later.Status);
        Assert.Equal(TimeSpan.Zero, harness.Pipeline.ClockSkew);
        Assert.Equal("2025-01-15T08:00:01Z", harness.Server.Requests[1].Header("x-bce-date"));
    }

    [Fact]
    public async Task Later_request_expired_answer_with_a_good_date_corrects_a_bad_skew()
    {
        await using var harness = await PipelineHarness.StartAsync();
        // A proxy's Date, two hours ahead, is learnt (it is within the bound) and the retry is refused by the real
        // service, whose Date matches our clock: that corrects the skew, and the next retry succeeds.
        harness.Server
            .Then(400, Expired, ("Date", "Wed, 15 Jan 2025 10:00:01 GMT"))
            .Then((context, _) => LoopbackServer.Respond(context, 400, Expired, ("Date", harness.Time.GetUtcNow().ToString("r"))));

        var response = await harness.Pipeline.SendAsync(Message());

        Assert.Equal(3, response.Attempts);
        Assert.Equal("2025-01-15T10:00:01Z", harness.Server.Requests[1].Header("x-bce-date"));
        Assert.Equal(TimeSpan.Zero, harness.Pipeline.ClockSkew);
        Assert.Equal("2025-01-15T08:00:02Z", harness.Server.Requests[2].Header("x-bce-date"));
    }

    [Fact]
    public void Skew_beyond_a_day_is_refused_and_within_it_is_learnt()
    {
        var skew = new ClockSkew();
        var now = TestKeys.Epoch;

        Assert.False(skew.TryLearn(now + TimeSpan.FromHours(24) + TimeSpan.FromSeconds(1), now, out _));
        Assert.True(skew.TryLearn(now - TimeSpan.FromHours(23), now, out var learnt));
        Assert.Equal(TimeSpan.FromHours(-23), learnt);
        Assert.Equal(TimeSpan.FromHours(-23), skew.Current);
    }

    [Fact]
    public void Signing_time_stays_representable_at_the_ends_of_time()
    {
        var skew = new ClockSkew();
        skew.TryLearn(DateTimeOffset.MaxValue, DateTimeOffset.MaxValue - TimeSpan.FromHours(1), out _);

        Assert.Equal(DateTimeOffset.MaxValue.UtcTicks, skew.SigningTime(DateTimeOffset.MaxValue).UtcTicks);
    }
}
