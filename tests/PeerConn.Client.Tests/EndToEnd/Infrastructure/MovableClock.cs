namespace PeerConn.Client.Tests.EndToEnd.Infrastructure;

/// <summary>
/// The system clock plus an offset that only moves forward when a test says so. Shared by the emulator (business
/// clock: accept timeout, prepaid expiry, transitions) and the client (signing timestamps), so signatures stay valid
/// while days pass in a blink. Timers and timestamps stay real, so retries and attempt timeouts behave normally.
/// </summary>
public sealed class MovableClock : TimeProvider
{
    private long _offsetTicks;

    /// <summary>How far ahead of real time this clock is.</summary>
    public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    /// <inheritdoc/>
    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + Offset;

    /// <summary>Moves the clock forward.</summary>
    public void Advance(TimeSpan by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(by, TimeSpan.Zero);
        Interlocked.Add(ref _offsetTicks, by.Ticks);
    }
}
