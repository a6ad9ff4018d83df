namespace Bce.Runtime.Pipeline;

/// <summary>
/// Cancels a token source after a delay measured on a <see cref="TimeProvider"/> (so tests on a fake clock can time
/// out an attempt or a call), and on the system clock with no timer object of ours at all.
/// </summary>
internal static class Deadline
{
    /// <summary>Arms the deadline; dispose the returned timer (if any) before the source.</summary>
    public static ITimer? Start(CancellationTokenSource source, TimeSpan delay, TimeProvider timeProvider)
    {
        if (timeProvider == TimeProvider.System)
        {
            source.CancelAfter(delay);
            return null;
        }

        return timeProvider.CreateTimer(static state => Cancel((CancellationTokenSource)state!), source, delay, Timeout.InfiniteTimeSpan);
    }

    private static void Cancel(CancellationTokenSource source)
    {
        try
        {
            source.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The attempt or call ended just as the timer fired.
        }
    }
}
