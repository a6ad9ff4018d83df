using Bce.Generator.Tests.Infrastructure;

namespace Bce.Generator.Tests.Parsing;

/// <summary>Where the generated code goes: per-file metadata beats the project property, which beats the spec.</summary>
public sealed class NamespaceOptionTests
{
    private const string Path = "/specs/peerconn.yaml";

    [Fact]
    public void Spec_namespace_is_used_when_no_option_is_set()
    {
        var result = GeneratorHarness.Run(GeneratorHarness.PeerConnSpec, Path);

        AssertNamespace(result, "Bce.Vpc.PeerConnections");
    }

    [Fact]
    public void Global_BceClientNamespace_overrides_the_spec_namespace()
    {
        var result = SpecRuns.Run(
            GeneratorHarness.PeerConnSpec,
            Path,
            new Dictionary<string, string> { [SpecRuns.OptIn] = "true" },
            new Dictionary<string, string> { [SpecRuns.GlobalNamespace] = "From.Project" });

        AssertNamespace(result, "From.Project");
    }

    [Fact]
    public void Per_file_BceClientNamespace_overrides_the_global_option()
    {
        var result = SpecRuns.Run(
            GeneratorHarness.PeerConnSpec,
            Path,
            new Dictionary<string, string> { [SpecRuns.OptIn] = "true", [SpecRuns.FileNamespace] = "From.File" },
            new Dictionary<string, string> { [SpecRuns.GlobalNamespace] = "From.Project" });

        AssertNamespace(result, "From.File");
    }

    [Fact]
    public void Blank_per_file_namespace_falls_back_to_the_global_option()
    {
        // MSBuild hands an unset item metadata to the generator as an empty value.
        var result = SpecRuns.Run(
            GeneratorHarness.PeerConnSpec,
            Path,
            new Dictionary<string, string> { [SpecRuns.OptIn] = "true", [SpecRuns.FileNamespace] = "  " },
            new Dictionary<string, string> { [SpecRuns.GlobalNamespace] = " From.Project " });

        AssertNamespace(result, "From.Project");
    }

    [Fact]
    public void Spec_without_namespace_defaults_to_Bce_dot_service_name()
    {
        var result = GeneratorHarness.Run(
            """
            service:
              name: Demo
              apiVersion: v1
              endpoint: e
              defaultRegion: bj
            operations:
              GetThing:
                method: GET
                path: /things
            """);

        AssertNamespace(result, "Bce.Demo");
    }

    private static void AssertNamespace(GeneratorRunResult result, string expected)
    {
        Assert.Empty(result.Diagnostics);
        Assert.NotEmpty(result.GeneratedSources);
        Assert.All(result.GeneratedSources, source =>
            Assert.Contains($"\nnamespace {expected};\n", source.SourceText.ToString(), StringComparison.Ordinal));
    }
}
