using Bce.Generator.Tests.Infrastructure;

namespace Bce.Generator.Tests.Parsing;

/// <summary>Which additional files are specs: YAML by extension, and only when they opt in with BceSpec="true".</summary>
public sealed class SpecSelectionTests
{
    [Theory]
    [InlineData("/specs/peerconn.yaml")]
    [InlineData("/specs/peerconn.yml")]
    [InlineData("/specs/PEERCONN.YAML")]
    public void Opted_in_yaml_file_generates_whatever_its_extension_spelling(string path)
    {
        var result = GeneratorHarness.Run(GeneratorHarness.PeerConnSpec, path);

        Assert.Empty(result.Diagnostics);
        Assert.Contains(result.GeneratedSources, source => GeneratedNames.Is(source.HintName, "PeerConn.PeerConnClient"));
    }

    [Fact]
    public void Opted_in_file_that_is_not_yaml_is_ignored()
    {
        var result = SpecRuns.Run(GeneratorHarness.PeerConnSpec, "/specs/peerconn.json", new Dictionary<string, string> { [SpecRuns.OptIn] = "true" });

        Assert.Empty(result.Diagnostics);
        Assert.Empty(result.GeneratedSources);
    }

    [Fact]
    public void Spec_without_BceSpec_metadata_generates_nothing()
    {
        var result = SpecRuns.Run(GeneratorHarness.PeerConnSpec, "/specs/peerconn.yaml", new Dictionary<string, string>());

        Assert.Empty(result.Diagnostics);
        Assert.Empty(result.GeneratedSources);
    }

    [Theory]
    [InlineData("")]
    [InlineData("false")]
    [InlineData("yes")]
    public void Spec_with_BceSpec_other_than_true_generates_nothing(string value)
    {
        var result = SpecRuns.Run(GeneratorHarness.PeerConnSpec, "/specs/peerconn.yaml", new Dictionary<string, string> { [SpecRuns.OptIn] = value });

        Assert.Empty(result.Diagnostics);
        Assert.Empty(result.GeneratedSources);
    }

    [Fact]
    public void BceSpec_is_read_case_insensitively_and_trimmed()
    {
        var result = SpecRuns.Run(GeneratorHarness.PeerConnSpec, "/specs/peerconn.yaml", new Dictionary<string, string> { [SpecRuns.OptIn] = " True " });

        Assert.NotEmpty(result.GeneratedSources);
    }
}
