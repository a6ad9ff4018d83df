using Bce.Generator.Tests.Infrastructure;

namespace Bce.Generator.Tests.Emitting;

/// <summary>
/// tests/TestData/wire-shapes.yaml (a wrapped answer, array answers, headers, query arrays, an array body, a
/// per-operation apiVersion): the whole output in one approved snapshot.
/// </summary>
public sealed class WireShapesSnapshotTests
{
    public static string Spec { get; } = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "wire-shapes.yaml"));

    [Fact]
    public void Wire_shapes_match_approved_snapshot()
    {
        var result = GeneratorHarness.Run(Spec);

        Assert.Empty(result.Diagnostics);
        var files = result.GeneratedSources
            .OrderBy(source => source.HintName, StringComparer.Ordinal)
            .Select(source => $"// ===== {GeneratedNames.WithoutHash(source.HintName)} =====\n{source.SourceText}");
        Snapshot.Verify("Gadget.WireShapes", string.Join("\n", files));
    }
}
