using System.Diagnostics;
using BenchmarkDotNet.Running;
using Bce.Generator.Benchmarks;
using Microsoft.CodeAnalysis.CSharp;

// `--quick`: a stopwatch pass over the sizes (median of five cold runs each) that prints per-operation costs and the
// fitted exponent in a minute; anything else goes to BenchmarkDotNet.
if (args is ["--quick"])
{
    var sizes = new[] { 1000, 2000, 3000, 5000 };
    var refit = Workloads.RefitGenerator();
    var bce = new List<(double Operations, double Seconds)>();
    foreach (var operations in sizes)
    {
        var spec = new MemoryText("/specs/scale.yaml", Workloads.Spec(operations));
        var bceCompilation = Workloads.Compilation();
        var refitCompilation = Workloads.Compilation(Workloads.RefitInterface(operations));
        var bceSeconds = Median(() => Workloads.BceDriver(spec).RunGenerators(bceCompilation));
        var refitSeconds = Median(() => CSharpGeneratorDriver.Create(refit).RunGenerators(refitCompilation));
        bce.Add((operations, bceSeconds));
        Console.WriteLine($"{operations,5} operations: Bce {bceSeconds * 1e6 / operations,6:F0} µs/op, Refit {refitSeconds * 1e6 / operations,6:F0} µs/op, ratio {bceSeconds / refitSeconds:F2}");
    }

    var xs = bce.Select(p => Math.Log(p.Operations)).ToArray();
    var ys = bce.Select(p => Math.Log(p.Seconds)).ToArray();
    var slope = xs.Zip(ys).Sum(p => (p.First - xs.Average()) * (p.Second - ys.Average())) / xs.Sum(x => (x - xs.Average()) * (x - xs.Average()));
    Console.WriteLine($"Bce exponent 1,000-5,000 operations: {slope:F2}");
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(GeneratorScaleBenchmarks).Assembly).Run(args);

static double Median(Action run)
{
    run();
    var times = new List<double>();
    for (var i = 0; i < 5; i++)
    {
        var clock = Stopwatch.StartNew();
        run();
        times.Add(clock.Elapsed.TotalSeconds);
    }

    times.Sort();
    return times[2];
}
