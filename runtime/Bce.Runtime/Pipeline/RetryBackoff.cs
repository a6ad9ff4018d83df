namespace Bce.Runtime.Pipeline;

/// <summary>
/// Computes the delay before a retry: <c>Delay × 2^n</c> capped at <c>MaxDelay</c>, varied by ±20 % when jitter is on,
/// and never shorter than a <c>Retry-After</c> the service sent (still capped at <c>MaxDelay</c>; longer requests are
/// refused earlier, by not retrying at all).
/// </summary>
internal sealed class RetryBackoff
{
    private const double JitterRatio = 0.2;

    private readonly BceRetryOptions _options;
    private readonly Func<double> _random;

    /// <summary>Creates the calculator; <paramref name="random"/> returns values in [0, 1).</summary>
    public RetryBackoff(BceRetryOptions options, Func<double>? random = null)
    {
        _options = options;
        _random = random ?? Random.Shared.NextDouble;
    }

    /// <summary>The delay before retry number <paramref name="retryIndex"/> (0 for the first retry).</summary>
    public TimeSpan Compute(int retryIndex, TimeSpan? retryAfter)
    {
        var maxTicks = (double)_options.MaxDelay.Ticks;
        // Doubles cannot overflow here the way ticks would: 2^60 × a day is still a finite double.
        var ticks = Math.Min(_options.Delay.Ticks * Math.Pow(2, Math.Min(retryIndex, 60)), maxTicks);
        if (_options.UseJitter)
        {
            ticks *= 1 - JitterRatio + (2 * JitterRatio * _random());
        }

        if (_options.RespectRetryAfter && retryAfter is { } requested)
        {
            ticks = Math.Max(ticks, requested.Ticks);
        }

        return TimeSpan.FromTicks((long)Math.Clamp(ticks, 0, maxTicks));
    }

    /// <summary>Whether the service asked to wait longer than the options allow, in which case the call is not retried.</summary>
    public bool ExceedsMaxDelay(TimeSpan? retryAfter) =>
        _options.RespectRetryAfter && retryAfter is { } requested && requested > _options.MaxDelay;
}
