using Bce.Generator.Tests.Diagnostics;
using Bce.Generator.Tests.Infrastructure;

namespace Bce.Generator.Tests.Parsing;

/// <summary>
/// How visible the generated types are: <c>public</c> unless <c>BceClientVisibility</c> says <c>internal</c>; the
/// per-file metadata beats the project property, and any other value is an error that names it.
/// </summary>
public sealed class VisibilityOptionTests
{
    private const string Path = "/specs/peerconn.yaml";

    [Fact]
    public void Generated_types_are_public_when_no_option_is_set()
    {
        AssertVisibility(Run(fileVisibility: null, globalVisibility: null), "public");
    }

    [Theory]
    [InlineData("internal")]
    [InlineData("Internal")]
    [InlineData(" INTERNAL ")]
    public void Global_BceClientVisibility_internal_makes_every_type_internal_whatever_its_case(string value)
    {
        AssertVisibility(Run(fileVisibility: null, globalVisibility: value), "internal");
    }

    [Fact]
    public void Per_file_BceClientVisibility_overrides_the_global_option()
    {
        AssertVisibility(Run(fileVisibility: "internal", globalVisibility: "public"), "internal");
        AssertVisibility(Run(fileVisibility: "public", globalVisibility: "internal"), "public");
    }

    [Fact]
    public void Blank_per_file_visibility_falls_back_to_the_global_option()
    {
        AssertVisibility(Run(fileVisibility: "  ", globalVisibility: "internal"), "internal");
    }

    [Theory]
    [InlineData(null, "protected")]
    [InlineData("private", "internal")]
    [InlineData("file", null)]
    public void Other_values_report_BCE007_naming_the_value_and_generate_nothing(string? fileVisibility, string? globalVisibility)
    {
        var result = Run(fileVisibility, globalVisibility);

        var bad = fileVisibility ?? globalVisibility;
        var diagnostic = Assert.Single(result.Diagnostics);
        SpecDiagnostics.AssertAt(diagnostic, GeneratorHarness.PeerConnSpec, Path, "BCE007", DiagnosticSeverity.Error, line: 0, column: 0);
        Assert.Equal($"Invalid value for BceClientVisibility: '{bad}' is not 'public' or 'internal'", SpecDiagnostics.Message(diagnostic));
        Assert.Empty(result.GeneratedSources);
    }

    private static GeneratorRunResult Run(string? fileVisibility, string? globalVisibility)
    {
        var fileOptions = new Dictionary<string, string> { [SpecRuns.OptIn] = "true" };
        if (fileVisibility is not null)
        {
            fileOptions[SpecRuns.FileVisibility] = fileVisibility;
        }

        var globalOptions = new Dictionary<string, string>();
        if (globalVisibility is not null)
        {
            globalOptions[SpecRuns.GlobalVisibility] = globalVisibility;
        }

        return SpecRuns.Run(GeneratorHarness.PeerConnSpec, Path, fileOptions, globalOptions);
    }

    /// <summary>Every top-level type declaration (the only lines that start at column 0 with a modifier) has it.</summary>
    private static void AssertVisibility(GeneratorRunResult result, string expected)
    {
        Assert.Empty(result.Diagnostics);
        Assert.NotEmpty(result.GeneratedSources);
        foreach (var source in result.GeneratedSources)
        {
            var declarations = source.SourceText.Lines
                .Select(line => line.ToString())
                .Where(line => line.StartsWith("public ", StringComparison.Ordinal) || line.StartsWith("internal ", StringComparison.Ordinal))
                .ToArray();
            Assert.Single(declarations);
            Assert.StartsWith(expected + " ", declarations[0], StringComparison.Ordinal);
        }
    }
}
