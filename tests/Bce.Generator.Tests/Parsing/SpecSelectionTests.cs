using Bce.Generator.Tests.Infrastructure;

namespace Bce.Generator.Tests.Parsing;

/// <summary>Which additional files are specs: YAML by extension, and only when they opt in with BceSpec="true" (BCE014 in ForgottenOptInTests).</summary>
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
    public void Spec_without_BceSpec_metadata_generates_nothing_but_warns_BCE014()
    {
        var result = SpecRuns.Run(GeneratorHarness.PeerConnSpec, "/specs/peerconn.yaml", new Dictionary<string, string>());

        Assert.Equal("BCE014", Assert.Single(result.Diagnostics).Id);
        Assert.Empty(result.GeneratedSources);
    }

    [Theory]
    [InlineData("")]
    [InlineData("yes")]
    public void Spec_with_BceSpec_other_than_true_or_false_generates_nothing_but_warns_BCE014(string value)
    {
        var result = SpecRuns.Run(GeneratorHarness.PeerConnSpec, "/specs/peerconn.yaml", new Dictionary<string, string> { [SpecRuns.OptIn] = value });

        Assert.Equal("BCE014", Assert.Single(result.Diagnostics).Id);
        Assert.Empty(result.GeneratedSources);
    }

    [Theory]
    [InlineData("false")]
    [InlineData(" False ")]
    public void Spec_with_BceSpec_false_is_a_decision_and_stays_silent(string value)
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
