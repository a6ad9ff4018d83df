using System.Diagnostics;
using Bce.Generator.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Bce.Generator.Tests.Scale;

/// <summary>
/// A cold driver run over 1,000 to 5,000 operations grows linearly: the fitted exponent of the bytes it allocates on
/// the running thread stays at or below 1.1. That number is exact whatever the machine is doing, and every quadratic
/// path the generator had (re-scanning, re-building text) allocated on the way. Time is printed, never asserted:
/// processor time still moves with caches and the collector (a 1.14 was seen on a quiet machine), so the time exponent
/// is measured where speed goals live, tests/Bce.Generator.Benchmarks (its --quick pass fits it).
/// </summary>
public sealed class LinearScaleTests
{
    private readonly ITestOutputHelper _output;

    public LinearScaleTests(ITestOutputHelper output) => _output = output;

    /// <summary>The least processor time and allocation of a few cold runs (a fresh driver each) on this thread.</summary>
    public static (double Seconds, double Bytes) ColdRun(string spec, int repetitions)
    {
        var compilation = GeneratorHarness.CreateCompilation();
        var seconds = double.MaxValue;
        var bytes = double.MaxValue;
        for (var i = 0; i < repetitions; i++)
        {
            var driver = GeneratorHarness.CreateDriver([new InMemoryAdditionalText("/specs/scale.yaml", spec)]);

            // Each run starts from a clean heap, so none pays for collecting the garbage of the run before it.
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            var time = ThreadCpuClock.Measure(() => driver = driver.RunGenerators(compilation));
            bytes = Math.Min(bytes, GC.GetAllocatedBytesForCurrentThread() - allocatedBefore);
            seconds = Math.Min(seconds, time.TotalSeconds);
            Assert.Empty(driver.GetRunResult().Diagnostics);
        }

        return (seconds, bytes);
    }

    [Fact]
    public void Driver_run_grows_linearly_from_1000_to_5000_operations()
    {
        ColdRun(ScaleSpec.Create(50), 2);
        var sizes = new[] { 333, 1000, 1667 };
        var points = sizes.Select(groups => (Operations: groups * 3.0, Cost: ColdRun(ScaleSpec.Create(groups), 3))).ToList();

        var timeExponent = Exponent(points.Select(p => (p.Operations, p.Cost.Seconds)));
        var allocationExponent = Exponent(points.Select(p => (p.Operations, p.Cost.Bytes)));
        foreach (var (operations, cost) in points)
        {
            _output.WriteLine($"{operations,6:F0} operations: {cost.Seconds * 1000,8:F0} ms processor time, {cost.Bytes / 1e6,8:F1} MB allocated ({cost.Seconds * 1e6 / operations:F0} µs per operation)");
        }

        _output.WriteLine($"exponents: time {timeExponent:F2}, allocations {allocationExponent:F2}");
        Assert.True(allocationExponent <= 1.1, $"allocation exponent {allocationExponent:F2}: " + string.Join(", ", points));
    }

    /// <summary>Least squares on log-log: the slope is the exponent.</summary>
    private static double Exponent(IEnumerable<(double X, double Y)> points)
    {
        var logs = points.Select(p => (X: Math.Log(p.X), Y: Math.Log(p.Y))).ToArray();
        var meanX = logs.Average(p => p.X);
        var meanY = logs.Average(p => p.Y);
        return logs.Sum(p => (p.X - meanX) * (p.Y - meanY)) / logs.Sum(p => (p.X - meanX) * (p.X - meanX));
    }
}
