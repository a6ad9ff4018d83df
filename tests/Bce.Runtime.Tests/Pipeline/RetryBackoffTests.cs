using Bce.Runtime.Pipeline;

namespace Bce.Runtime.Tests.Pipeline;

public sealed class RetryBackoffTests
{
    private static RetryBackoff Backoff(bool jitter = false, double random = 0.5, bool respectRetryAfter = true) => new(
        new BceRetryOptions { Delay = TimeSpan.FromMilliseconds(300), MaxDelay = TimeSpan.FromSeconds(20), UseJitter = jitter, RespectRetryAfter = respectRetryAfter },
        () => random);

    [Theory]
    [InlineData(0, 300)]
    [InlineData(1, 600)]
    [InlineData(2, 1200)]
    [InlineData(5, 9600)]
    [InlineData(6, 19200)]
    [InlineData(7, 20000)]
    [InlineData(1000, 20000)]
    public void Exponential_from_delay_capped_at_max_delay(int retry, int expectedMs)
    {
        Assert.Equal(TimeSpan.FromMilliseconds(expectedMs), Backoff().Compute(retry, null));
    }

    [Theory]
    [InlineData(0.0, 240)]
    [InlineData(0.5, 300)]
    [InlineData(0.999999, 360)]
    public void Jitter_varies_by_twenty_percent(double random, int expectedMs)
    {
        Assert.Equal(expectedMs, Backoff(jitter: true, random: random).Compute(0, null).TotalMilliseconds, 0.01);
    }

    [Fact]
    public void Jitter_never_exceeds_max_delay()
    {
        Assert.Equal(TimeSpan.FromSeconds(20), Backoff(jitter: true, random: 0.999).Compute(10, null));
    }

    [Fact]
    public void Retry_after_raises_the_delay_but_never_lowers_it()
    {
        Assert.Equal(TimeSpan.FromSeconds(5), Backoff().Compute(0, TimeSpan.FromSeconds(5)));
        Assert.Equal(TimeSpan.FromMilliseconds(1200), Backoff().Compute(2, TimeSpan.FromMilliseconds(10)));
    }

    [Fact]
    public void Retry_after_is_ignored_when_disabled()
    {
        Assert.Equal(TimeSpan.FromMilliseconds(300), Backoff(respectRetryAfter: false).Compute(0, TimeSpan.FromSeconds(5)));
        Assert.False(Backoff(respectRetryAfter: false).ExceedsMaxDelay(TimeSpan.FromMinutes(5)));
    }

    [Fact]
    public void Retry_after_beyond_max_delay_is_flagged_so_the_call_is_not_retried()
    {
        Assert.True(Backoff().ExceedsMaxDelay(TimeSpan.FromSeconds(21)));
        Assert.False(Backoff().ExceedsMaxDelay(TimeSpan.FromSeconds(20)));
        Assert.False(Backoff().ExceedsMaxDelay(null));
    }
}
