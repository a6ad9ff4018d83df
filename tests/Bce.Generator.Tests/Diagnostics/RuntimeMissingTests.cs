using Bce.Generator.Tests.Infrastructure;

namespace Bce.Generator.Tests.Diagnostics;

/// <summary>
/// BCE013: a project opts specs in but does not reference Bce.Runtime. One error for the compilation, at the first
/// spec, and no generated source, instead of about a hundred errors inside generated files.
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
    public void Two_specs_without_the_runtime_report_one_BCE013_at_the_first_spec_and_the_build_has_no_other_error()
    {
        var first = new InMemoryAdditionalText("/specs/demo.yaml", Spec);
        var second = new InMemoryAdditionalText("/specs/other.yaml", Spec.Replace("name: Demo", "name: Other"));
        var driver = GeneratorHarness.CreateDriver([first, second])
            .RunGeneratorsAndUpdateCompilation(GeneratorHarness.CreateCompilationWithoutRuntime(), out var output, out var generatorDiagnostics);

        var diagnostic = Assert.Single(generatorDiagnostics);
        SpecDiagnostics.AssertAt(diagnostic, Spec, first.Path, "BCE013", DiagnosticSeverity.Error, line: 0, column: 0);
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
    public void Project_without_the_runtime_and_without_specs_gets_no_diagnostic()
    {
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
