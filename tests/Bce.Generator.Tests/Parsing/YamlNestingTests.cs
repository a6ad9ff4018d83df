using System.Diagnostics;
using Bce.Generator.Tests.Diagnostics;
using Bce.Generator.Tests.Infrastructure;

namespace Bce.Generator.Tests.Parsing;

/// <summary>
/// The YAML tree is read with an explicit stack: nesting thousands of levels deep is a located BCE001, never a stack
/// overflow that kills the compiler, and never quadratic time.
/// </summary>
public sealed class YamlNestingTests
{
    [Theory]
    [InlineData("[", 19_000)]
    [InlineData("{a: ", 19_000)]
    [InlineData("- ", 5_000)]
    public void Deep_nesting_reports_BCE001_at_the_collection_past_the_limit_even_on_a_small_stack(string opener, int depth)
    {
        var yaml = string.Concat(Enumerable.Repeat(opener, depth));
        GeneratorRunResult? result = null;

        // 256 KB is a fraction of a compiler thread's stack: one frame per level would overflow it long before 19,000.
        var thread = new Thread(() => result = GeneratorHarness.Run(yaml, SpecDiagnostics.SpecPath), maxStackSize: 256 * 1024);
        var clock = Stopwatch.StartNew();
        thread.Start();
        thread.Join();

        Assert.NotNull(result);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"took {clock.Elapsed}");
        var diagnostic = Assert.Single(result.Value.Diagnostics);
        Assert.Equal("BCE001", diagnostic.Id);
        Assert.Contains("nests deeper than 64 levels", SpecDiagnostics.Message(diagnostic));
        Assert.InRange(diagnostic.Location.SourceSpan.Start, 64, yaml.Length);
    }

    [Fact]
    public void Nesting_within_the_limit_is_read_as_usual()
    {
        // A real spec nests about eight levels; sixty is read (and rejected only for what it says, not how deep it is).
        var yaml = "service: " + new string('[', 60) + new string(']', 60) + "\noperations: {}\n";

        var result = GeneratorHarness.Run(yaml, SpecDiagnostics.SpecPath);

        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "BCE001");
    }
}
