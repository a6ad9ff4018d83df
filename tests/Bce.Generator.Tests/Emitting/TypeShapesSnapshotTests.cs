using Bce.Generator.Tests.Infrastructure;

namespace Bce.Generator.Tests.Emitting;

/// <summary>
/// The type side of the format (maps, objects described in place, integer enums, float, wireFormat, string
/// constraints, defaults): tests/TypeShapes.Client.Tests/Specs/shapes.yaml, file by file, against approved snapshots.
/// That project runs the same code on JSON.
/// </summary>
public sealed class TypeShapesSnapshotTests
{
    public static string ShapesSpec { get; } = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "shapes.yaml"));

    private static readonly GeneratorRunResult Result = GeneratorHarness.Run(ShapesSpec, "/specs/shapes.yaml");

    public static TheoryData<string> HintNames()
    {
        var data = new TheoryData<string>();
        foreach (var source in Result.GeneratedSources)
        {
            data.Add(source.HintName);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(HintNames))]
    public void Generated_file_matches_approved_snapshot(string hintName)
    {
        var source = Result.GeneratedSources.Single(s => s.HintName == hintName);
        Snapshot.Verify(GeneratedNames.WithoutHash(hintName), source.SourceText.ToString());
    }

    [Fact]
    public void Spec_produces_no_diagnostics()
    {
        Assert.Empty(Result.Diagnostics);
    }

    [Fact]
    public void Inline_objects_become_types_of_their_own()
    {
        var names = Result.GeneratedSources.Select(source => GeneratedNames.WithoutHash(source.HintName)).ToList();

        Assert.Contains("Shapes.GadgetEndpoint", names);
        Assert.Contains("Shapes.TlsSettings", names);
        Assert.Contains("Shapes.GadgetMirrors", names);
        Assert.Contains("Shapes.GadgetZones", names);
    }
}
