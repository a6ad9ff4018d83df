using Bce.Generator.Tests.Infrastructure;

namespace Bce.Generator.Tests.Diagnostics;

/// <summary>Errors stay with their file: a broken spec never costs another spec its output, and files that did not opt in are invisible.</summary>
public sealed class MultipleSpecFilesTests
{
    private const string ValidSpec = """
        service:
          name: Other
          apiVersion: v1
          endpoint: e
          defaultRegion: bj
        operations:
          GetThing:
            method: GET
            path: /things
        """;

    [Fact]
    public void Malformed_spec_does_not_stop_a_second_valid_spec_from_generating()
    {
        const string Broken = "items: [a, b\nother: x";
        var result = RunAll(new InMemoryAdditionalText("/specs/broken.yaml", Broken), new InMemoryAdditionalText("/specs/other.yaml", ValidSpec));

        var diagnostic = Assert.Single(result.Diagnostics);
        SpecDiagnostics.AssertAt(diagnostic, Broken, "/specs/broken.yaml", "BCE001", DiagnosticSeverity.Error, line: 1, column: 0);
        Assert.NotEmpty(result.GeneratedSources);
        Assert.All(result.GeneratedSources, source => Assert.StartsWith("Other.", source.HintName, StringComparison.Ordinal));
    }

    [Fact]
    public void Spec_with_a_semantic_error_does_not_stop_a_second_valid_spec_from_generating()
    {
        var result = RunAll(
            new InMemoryAdditionalText("/specs/other.yaml", ValidSpec),
            new InMemoryAdditionalText("/specs/broken.yaml", ValidSpec.Replace("name: Other", "name: Broken").Replace("method: GET", "method: FOO")));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("BCE007", diagnostic.Id);
        Assert.Equal("/specs/broken.yaml", diagnostic.Location.GetLineSpan().Path);
        Assert.Contains(result.GeneratedSources, source => GeneratedNames.Is(source.HintName, "Other.OtherClient"));
        Assert.DoesNotContain(result.GeneratedSources, source => source.HintName.StartsWith("Broken.", StringComparison.Ordinal));
    }

    [Fact]
    public void Empty_additional_file_without_BceSpec_metadata_is_ignored_entirely()
    {
        var empty = new InMemoryAdditionalText("/config/empty.yaml", string.Empty);
        var other = new InMemoryAdditionalText("/specs/other.yaml", ValidSpec);
        var fileOptions = new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            [other.Path] = new Dictionary<string, string> { ["build_metadata.AdditionalFiles.BceSpec"] = "true" },
        };

        var driver = GeneratorHarness.CreateDriver([empty, other], fileOptions: fileOptions)
            .RunGenerators(GeneratorHarness.CreateCompilation());
        var result = driver.GetRunResult().Results.Single();

        Assert.Null(result.Exception);
        Assert.Empty(result.Diagnostics);
        Assert.All(result.GeneratedSources, source => Assert.StartsWith("Other.", source.HintName, StringComparison.Ordinal));
    }

    [Fact]
    public void Empty_additional_file_alone_without_BceSpec_metadata_produces_nothing()
    {
        var empty = new InMemoryAdditionalText("/config/empty.yaml", string.Empty);

        var driver = GeneratorHarness.CreateDriver([empty], optIn: false).RunGenerators(GeneratorHarness.CreateCompilation());
        var result = driver.GetRunResult().Results.Single();

        Assert.Null(result.Exception);
        Assert.Empty(result.Diagnostics);
        Assert.Empty(result.GeneratedSources);
    }

    private static GeneratorRunResult RunAll(params AdditionalText[] specs)
    {
        var driver = GeneratorHarness.CreateDriver(specs).RunGenerators(GeneratorHarness.CreateCompilation());
        var result = driver.GetRunResult().Results.Single();
        Assert.Null(result.Exception);
        return result;
    }
}
