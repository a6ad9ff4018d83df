using BenchmarkDotNet.Running;

namespace Bce.Benchmarks;

/// <summary>Entry point: BenchmarkDotNet's switcher, so <c>--filter</c>, <c>--job</c> and the other options work.</summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
