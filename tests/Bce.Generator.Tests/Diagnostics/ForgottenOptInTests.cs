using Bce.Generator.Tests.Caching;
using Bce.Generator.Tests.Infrastructure;
using Bce.Generator.Tests.Parsing;
using Microsoft.CodeAnalysis.CSharp;

namespace Bce.Generator.Tests.Diagnostics;

/// <summary>
/// BCE014: a YAML file with top-level <c>service:</c> and <c>operations:</c> that did not opt in is almost always a
/// forgotten <c>BceSpec="true"</c>; it gets a warning at its <c>service</c> key. Other YAML stays silent.
/// </summary>
public sealed class ForgottenOptInTests
{
    private const string Path = "/specs/demo.yaml";

    private const string Spec = """
        # A spec whose project forgot to opt it in.
        service:
          name: Demo
          apiVersion: v1
          endpoint: e
          defaultRegion: bj
        operations:
          GetThing: { method: GET, path: /things }
        """;

    [Fact]
    public void Spec_lookalike_without_opt_in_warns_BCE014_at_its_service_key_telling_how_to_opt_in()
    {
        var result = SpecRuns.Run(Spec, Path, new Dictionary<string, string>());

        var diagnostic = SpecDiagnostics.ExpectSingle(result, Spec, "BCE014", DiagnosticSeverity.Warning, line: 1, column: 0);
        Assert.Equal(
            "'demo.yaml' looks like a BCE API spec (top-level 'service' and 'operations') but is not opted in, so no client is generated from it: "
            + "list it as <BceApi Include=\"path/to/demo.yaml\" />, or add BceSpec=\"true\" to its AdditionalFiles item",
            SpecDiagnostics.Message(diagnostic));
        Assert.Empty(result.GeneratedSources);
    }

    [Theory]
    [InlineData("service: { name: Demo }\noperations: {}\n")]
    [InlineData("operations:\n  GetThing: {}\nservice:   # comes second\n  name: Demo\n")]
    [InlineData("service:\toff\noperations:\n")]
    public void Top_level_service_and_operations_in_any_order_or_form_look_like_a_spec(string yaml)
    {
        var result = SpecRuns.Run(yaml, Path, new Dictionary<string, string>());

        Assert.Equal("BCE014", Assert.Single(result.Diagnostics).Id);
    }

    [Theory]
    [InlineData("apiVersion: apps/v1\nkind: Deployment\nspec:\n  replicas: 2\n")]
    [InlineData("services:\n  web: { image: nginx }\n")]
    [InlineData("service:\n  name: Demo\n")]
    [InlineData("operations:\n  - build\n")]
    [InlineData("jobs:\n  build:\n    service:\n    operations:\n")]
    [InlineData("servicex: 1\noperations: 2\n")]
    [InlineData("service : 1\noperations: 2\n")]
    [InlineData("")]
    public void Other_yaml_without_opt_in_stays_silent(string yaml)
    {
        var result = SpecRuns.Run(yaml, "/config/other.yaml", new Dictionary<string, string>());

        Assert.Empty(result.Diagnostics);
        Assert.Empty(result.GeneratedSources);
    }

    [Fact]
    public void Spec_lookalike_that_is_not_yaml_stays_silent()
    {
        var result = SpecRuns.Run(Spec, "/specs/demo.txt", new Dictionary<string, string>());

        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Opted_in_spec_gets_no_BCE014()
    {
        var result = SpecRuns.Run(Spec, Path, new Dictionary<string, string> { [SpecRuns.OptIn] = "true" });

        Assert.Empty(result.Diagnostics);
        Assert.NotEmpty(result.GeneratedSources);
    }

    [Fact]
    public void Csharp_edit_does_not_read_the_yaml_again_and_keeps_the_warning_cached()
    {
        var file = new InMemoryAdditionalText(Path, Spec);
        var compilation = GeneratorHarness.CreateCompilation();
        var driver = GeneratorHarness.CreateDriver([file], optIn: false).RunGenerators(compilation);

        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("public class UserCode { }", GeneratorHarness.ParseOptions));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        Assert.Equal([IncrementalStepRunReason.Cached], StepRuns.Reasons(result, TrackingNames.ForgottenOptIns));
        Assert.Equal([IncrementalStepRunReason.Cached], StepRuns.OutputReasons(result, TrackingNames.ForgottenOptIns));
        Assert.Equal("BCE014", Assert.Single(result.Diagnostics).Id);
    }
}
