using Bce.Generator.Tests.Infrastructure;

namespace Bce.Generator.Tests.Diagnostics;

/// <summary>
/// BCE013: the generator runs in a compilation that does not reference Bce.Runtime. One error for the compilation,
/// however many specs opted in (none when no spec did), and no generated source, instead of about a hundred errors
/// inside generated files.
/// </summary>
public sealed class RuntimeMissingTests
{
    private const string Spec = """
        service:
          name: Demo
          apiVersion: v1
          endpoint: e
          defaultRegion: bj
        operations:
          GetThing:
            method: GET
            path: /things
        """;

    [Fact]
    public void Two_specs_without_the_runtime_report_one_BCE013_and_the_build_has_no_other_error()
    {
        var first = new InMemoryAdditionalText("/specs/demo.yaml", Spec);
        var second = new InMemoryAdditionalText("/specs/other.yaml", Spec.Replace("name: Demo", "name: Other"));
        var driver = GeneratorHarness.CreateDriver([first, second])
            .RunGeneratorsAndUpdateCompilation(GeneratorHarness.CreateCompilationWithoutRuntime(), out var output, out var generatorDiagnostics);

        var diagnostic = Assert.Single(generatorDiagnostics);
        Assert.Equal("BCE013", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(Location.None, diagnostic.Location);
        Assert.Equal(
            "The BCE client generator needs the Bce.Runtime package: add <PackageReference Include=\"Bce.Runtime\" />; no client is generated until then",
            SpecDiagnostics.Message(diagnostic));
        Assert.Empty(driver.GetRunResult().GeneratedTrees);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    [Fact]
    public void Spec_errors_are_still_reported_beside_BCE013()
    {
        var broken = new InMemoryAdditionalText("/specs/demo.yaml", Spec.Replace("method: GET", "method: FOO"));

        var result = GeneratorHarness.CreateDriver([broken])
            .RunGenerators(GeneratorHarness.CreateCompilationWithoutRuntime())
            .GetRunResult().Results.Single();

        Assert.Equal(["BCE007", "BCE013"], result.Diagnostics.Select(d => d.Id).Order());
    }

    [Fact]
    public void A_project_without_the_runtime_that_opts_no_spec_in_gets_no_BCE013()
    {
        // The analyzer travels with the package's build-time assets; a project that takes only those and names no
        // API must build as before.
        var result = GeneratorHarness.CreateDriver([])
            .RunGenerators(GeneratorHarness.CreateCompilationWithoutRuntime())
            .GetRunResult().Results.Single();

        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Spec_with_the_runtime_referenced_gets_no_BCE013()
    {
        var result = GeneratorHarness.Run(Spec);

        Assert.Empty(result.Diagnostics);
        Assert.NotEmpty(result.GeneratedSources);
    }
}
