using Bce.Generator.Tests.Infrastructure;

namespace Bce.Generator.Tests.Emitting;

/// <summary>The generated source for spec/peerconn.yaml, file by file, against approved snapshots.</summary>
public sealed class PeerConnSnapshotTests
{
    private static readonly GeneratorRunResult Result = GeneratorHarness.Run(GeneratorHarness.PeerConnSpec);

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
        // Hint names end with a hash of the spec path; the snapshot is named by service and type alone.
        Snapshot.Verify(GeneratedNames.WithoutHash(hintName), source.SourceText.ToString());
    }

    [Fact]
    public void Spec_produces_no_diagnostics()
    {
        Assert.Empty(Result.Diagnostics);
    }
}
