using System.Diagnostics;

namespace Bce.Generator.Tests.Infrastructure;

/// <summary>
/// The processor time the current thread has used, so a budget or a growth exponent judges the generator's own work
/// and not how busy the machine is (the suite shares two cores with other test projects and builds). On Linux it is
/// read from <c>/proc/thread-self/stat</c> (user + system time, in clock ticks of 10 ms); elsewhere it falls back to
/// wall-clock time.
/// </summary>
internal static class ThreadCpuClock
{
    private const double TicksPerSecond = 100; // USER_HZ, fixed at 100 on Linux for /proc

    private static readonly bool Available = File.Exists("/proc/thread-self/stat");

    /// <summary>Runs <paramref name="action"/> and returns the processor time it took on this thread.</summary>
    public static TimeSpan Measure(Action action)
    {
        if (!Available)
        {
            var clock = Stopwatch.StartNew();
            action();
            return clock.Elapsed;
        }

        var start = Now();
        action();
        return Now() - start;
    }

    private static TimeSpan Now()
    {
        var stat = File.ReadAllText("/proc/thread-self/stat");

        // Field 2 (the thread's name) is in parentheses and may hold spaces; utime and stime are fields 14 and 15.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11]) + long.Parse(fields[12]);
        return TimeSpan.FromSeconds(ticks / TicksPerSecond);
    }
}
