namespace Bce.Runtime.Pipeline;

/// <summary>
/// How far the service's clock is ahead of ours, learnt from the <c>Date</c> header of <c>RequestExpired</c> answers and
/// added to every later signing time. Only offsets within <see cref="MaxSkew"/> are learnt: a clock that is wrong by
/// more than a day is far rarer than a broken <c>Date</c> header (a proxy's, a cache's, <c>9999-12-31</c> or
/// <c>1970-01-01</c>), and adopting one would make every later request fail, or not be signable at all. Every
/// <c>RequestExpired</c> answer learns again, so a later correct <c>Date</c> replaces a bad offset.
/// </summary>
/// <remarks>
/// Why ±24 h: the service accepts a signature from 15 min before its timestamp to 15 min after its expiry (30 min by
/// default), so any real error beyond that needs the skew. Real errors are seconds to hours: a wrong time zone is at
/// most 14 h, a wrong date a day. Thread-safe.
/// </remarks>
internal sealed class ClockSkew
{
    /// <summary>The largest offset, either way, that is learnt.</summary>
    public static readonly TimeSpan MaxSkew = TimeSpan.FromHours(24);

    private long _ticks;

    /// <summary>The learnt offset (service minus local); zero until the service has complained.</summary>
    public TimeSpan Current => TimeSpan.FromTicks(Interlocked.Read(ref _ticks));

    /// <summary>
    /// Learns <paramref name="serviceNow"/> − <paramref name="localNow"/> when it is within <see cref="MaxSkew"/>.
    /// </summary>
    /// <param name="serviceNow">The service's <c>Date</c>.</param>
    /// <param name="localNow">Our clock when the answer arrived.</param>
    /// <param name="skew">The offset the header implies, learnt or not.</param>
    /// <returns>Whether it was learnt.</returns>
    public bool TryLearn(DateTimeOffset serviceNow, DateTimeOffset localNow, out TimeSpan skew)
    {
        // Both are valid DateTimeOffsets, so their difference (at most 10 000 years) fits in a TimeSpan.
        skew = serviceNow - localNow;
        if (skew.Duration() > MaxSkew)
        {
            return false;
        }

        Interlocked.Exchange(ref _ticks, skew.Ticks);
        return true;
    }

    /// <summary>The time to sign with: <paramref name="localNow"/> plus the offset, kept representable.</summary>
    public DateTimeOffset SigningTime(DateTimeOffset localNow)
    {
        var ticks = localNow.UtcTicks + Interlocked.Read(ref _ticks);
        return new DateTimeOffset(Math.Clamp(ticks, DateTimeOffset.MinValue.UtcTicks, DateTimeOffset.MaxValue.UtcTicks), TimeSpan.Zero);
    }
}
