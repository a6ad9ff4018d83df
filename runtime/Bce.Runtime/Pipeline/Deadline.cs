using System.Collections.Concurrent;

namespace Bce.Runtime.Pipeline;

/// <summary>
/// A token that fires when a parent token fires or when a delay on a <see cref="TimeProvider"/> has passed (so tests on
/// a fake clock can time out an attempt or a call): what <c>CreateLinkedTokenSource</c> and a timer give, from reset
/// sources reused across calls, so that a call that neither times out nor is cancelled allocates nothing for its two
/// deadlines. On the system clock the source's own timer is used (and kept with it), on any other clock one of the
/// provider's timers. Dispose it once, after everything handed its token has finished.
/// </summary>
internal struct Deadline : IDisposable
{
    private CancellationTokenSource? _source;
    private CancellationTokenRegistration _parent;
    private ITimer? _timer;

    private Deadline(CancellationTokenSource source, CancellationTokenRegistration parent, ITimer? timer)
    {
        _source = source;
        _parent = parent;
        _timer = timer;
    }

    /// <summary>The linked token; <see langword="default"/> for a deadline that was never started.</summary>
    public readonly CancellationToken Token => _source?.Token ?? default;

    /// <summary>Whether the token fired: the delay passed, or the parent fired (the caller tells the two apart).</summary>
    public readonly bool Fired => _source is { IsCancellationRequested: true };

    /// <summary>Arms a deadline <paramref name="delay"/> from now, also firing when <paramref name="parent"/> does.</summary>
    public static Deadline Start(CancellationToken parent, TimeSpan delay, TimeProvider timeProvider)
    {
        var source = Sources.Rent();
        var registration = parent.CanBeCanceled ? RegisterCancel(parent, source) : default;
        ITimer? timer = null;
        if (timeProvider == TimeProvider.System)
        {
            source.CancelAfter(delay);
        }
        else
        {
            timer = timeProvider.CreateTimer(static state => Cancel((CancellationTokenSource)state!), source, delay, Timeout.InfiniteTimeSpan);
        }

        return new Deadline(source, registration, timer);
    }

    public void Dispose()
    {
        if (_source is not { } source)
        {
            return;
        }

        _source = null;
        // Both wait for a callback already running, so afterwards nothing but the pool can touch the source.
        _parent.Dispose();
        _timer?.Dispose();
        Sources.Return(source);
    }

    private static CancellationTokenRegistration RegisterCancel(CancellationToken parent, CancellationTokenSource source) =>
#if NET
        // No execution context to flow: the callback only cancels our source.
        parent.UnsafeRegister(static state => Cancel((CancellationTokenSource)state!), source);
#else
        parent.Register(static state => Cancel((CancellationTokenSource)state!), source);
#endif

    private static void Cancel(CancellationTokenSource source)
    {
        try
        {
            source.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // A source the pool let go of just as its timer fired.
        }
    }

    /// <summary>
    /// Sources that never fired, reset for the next deadline (with their timer). One that fired cannot be reset and is
    /// dropped; past <see cref="Capacity"/> idle sources, returns are dropped too. netstandard2.0 cannot reset a source,
    /// so there every deadline has a fresh one.
    /// </summary>
    private static class Sources
    {
        /// <summary>Idle sources kept: enough for two deadlines in each of a few hundred concurrent calls.</summary>
        private const int Capacity = 512;

        private static readonly ConcurrentQueue<CancellationTokenSource> Idle = new();
        private static int _idleCount;

        public static CancellationTokenSource Rent()
        {
            if (Idle.TryDequeue(out var source))
            {
                Interlocked.Decrement(ref _idleCount);
                return source;
            }

            return new CancellationTokenSource();
        }

        public static void Return(CancellationTokenSource source)
        {
#if NET
            if (source.TryReset())
            {
                if (Interlocked.Increment(ref _idleCount) <= Capacity)
                {
                    Idle.Enqueue(source);
                    return;
                }

                Interlocked.Decrement(ref _idleCount);
            }
#endif
            source.Dispose();
        }
    }
}
