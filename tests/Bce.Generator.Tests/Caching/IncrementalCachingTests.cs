using Bce.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace Bce.Generator.Tests.Caching;

/// <summary>
/// The pipeline reads spec files and options, and of the compilation one bool (is Bce.Runtime referenced): C# edits
/// must cost nothing, a spec edit must re-parse that spec alone, and a change that does not alter the model must not
/// re-emit source.
/// </summary>
public sealed class IncrementalCachingTests
{
    private const string NamespaceOption = "build_property.BceClientNamespace";

    private const string DemoSpec = """
        # Demo service used by the caching tests.
        service:
          name: Demo
          description: The first description.
          apiVersion: v1
          endpoint: e
          defaultRegion: bj
        operations:
          GetThing:
            method: GET
            path: /things/{id}
            pathParameters:
              id: { type: string }
            response: Thing
        types:
          Thing:
            properties:
              id: { type: string }
        """;

    [Fact]
    public void Second_run_with_same_inputs_caches_every_step_and_output()
    {
        var compilation = GeneratorHarness.CreateCompilation();
        var driver = GeneratorHarness.CreateDriver([new InMemoryAdditionalText("/specs/demo.yaml", DemoSpec)]).RunGenerators(compilation);
        var first = Single(driver);

        var second = Single(driver.RunGenerators(compilation.Clone()));

        foreach (var name in StepRuns.TrackingNameValues)
        {
            Assert.True(second.TrackedSteps.ContainsKey(name), $"Step '{name}' did not run; is its tracking name still applied?");
            Assert.All(StepRuns.Reasons(second, name), reason => Assert.True(
                reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                $"{name} was {reason}. {StepRuns.Describe(second)}"));
        }

        var outputs = second.TrackedOutputSteps.SelectMany(pair => pair.Value).SelectMany(step => step.Outputs).ToArray();
        Assert.NotEmpty(outputs);
        Assert.All(outputs, output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
        Assert.Equal(Texts(first), Texts(second));
    }

    [Fact]
    public void Adding_a_csharp_syntax_tree_caches_every_step_without_reparsing_yaml()
    {
        var compilation = GeneratorHarness.CreateCompilation();
        var driver = GeneratorHarness.CreateDriver([new InMemoryAdditionalText("/specs/demo.yaml", DemoSpec)]).RunGenerators(compilation);

        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("public class UserCode { }", GeneratorHarness.ParseOptions));
        var result = Single(driver.RunGenerators(edited));

        AssertOnlyTheRuntimeReferenceReran(result);
        AssertEvery(IncrementalStepRunReason.Cached, StepRuns.OutputReasons(result, TrackingNames.EmittedFiles));
        Assert.Equal([IncrementalStepRunReason.Cached], StepRuns.OutputReasons(result, TrackingNames.Diagnostics));
        // The runtime reference feeds BCE013's output directly and the source output through EmittedFiles.
        Assert.Equal([IncrementalStepRunReason.Cached], StepRuns.OutputReasons(result, TrackingNames.RuntimeReference));
    }

    [Fact]
    public void Csharp_edit_in_a_project_without_the_runtime_keeps_every_output_cached_and_the_one_error()
    {
        var compilation = GeneratorHarness.CreateCompilationWithoutRuntime();
        var driver = GeneratorHarness.CreateDriver([new InMemoryAdditionalText("/specs/demo.yaml", DemoSpec)]).RunGenerators(compilation);
        Assert.Equal("BCE013", Assert.Single(Single(driver).Diagnostics).Id);

        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("public class UserCode { }", GeneratorHarness.ParseOptions));
        var result = Single(driver.RunGenerators(edited));

        AssertOnlyTheRuntimeReferenceReran(result);
        Assert.Equal("BCE013", Assert.Single(result.Diagnostics).Id);
        Assert.Empty(result.GeneratedSources);
    }

    [Fact]
    public void Adding_the_runtime_reference_generates_the_sources_and_drops_the_error()
    {
        var withoutRuntime = GeneratorHarness.CreateCompilationWithoutRuntime();
        var driver = GeneratorHarness.CreateDriver([new InMemoryAdditionalText("/specs/demo.yaml", DemoSpec)]).RunGenerators(withoutRuntime);
        Assert.Empty(Single(driver).GeneratedSources);

        var runtime = GeneratorHarness.CreateCompilation().References.Single(GeneratorHarness.IsRuntime);
        var result = Single(driver.RunGenerators(withoutRuntime.AddReferences(runtime)));

        Assert.Equal([IncrementalStepRunReason.Modified], StepRuns.Reasons(result, TrackingNames.RuntimeReference));
        Assert.Equal([IncrementalStepRunReason.Cached], StepRuns.Reasons(result, TrackingNames.Parse));
        Assert.Empty(result.Diagnostics);
        Assert.Contains(result.GeneratedSources, source => GeneratedNames.Is(source.HintName, "Demo.DemoClient"));
    }

    [Fact]
    public void Comment_only_yaml_edit_reparses_to_an_unchanged_model_and_does_not_re_emit()
    {
        var original = new InMemoryAdditionalText("/specs/demo.yaml", DemoSpec);
        var compilation = GeneratorHarness.CreateCompilation();
        var driver = GeneratorHarness.CreateDriver([original]).RunGenerators(compilation);
        var before = Single(driver);

        driver = driver.ReplaceAdditionalText(original, new InMemoryAdditionalText(original.Path, DemoSpec.Replace("# Demo service", "# The demo service")));
        var after = Single(driver.RunGenerators(compilation));

        Assert.Equal([IncrementalStepRunReason.Modified], StepRuns.Reasons(after, TrackingNames.SpecFiles));
        Assert.Equal([IncrementalStepRunReason.Unchanged], StepRuns.Reasons(after, TrackingNames.Parse));
        Assert.Equal([IncrementalStepRunReason.Cached], StepRuns.Reasons(after, TrackingNames.Diagnostics));
        Assert.Equal([IncrementalStepRunReason.Cached], StepRuns.Reasons(after, TrackingNames.EmitModel));
        AssertEvery(IncrementalStepRunReason.Cached, StepRuns.OutputReasons(after, TrackingNames.EmittedFiles));
        Assert.Equal([IncrementalStepRunReason.Cached], StepRuns.OutputReasons(after, TrackingNames.Diagnostics));
        Assert.Equal(Texts(before), Texts(after));
    }

    [Fact]
    public void Comment_line_that_moves_a_warning_re_reports_it_but_does_not_re_emit_source()
    {
        // The warning's position is part of the parse result, so Parse is Modified; the emit model is not.
        var spec = DemoSpec.Replace("    method: GET", "    method: GET\n    x-owner: Platform team");
        var original = new InMemoryAdditionalText("/specs/demo.yaml", spec);
        var compilation = GeneratorHarness.CreateCompilation();
        var driver = GeneratorHarness.CreateDriver([original]).RunGenerators(compilation);
        var before = Single(driver);

        driver = driver.ReplaceAdditionalText(original, new InMemoryAdditionalText(original.Path, "# One more line.\n" + spec));
        var after = Single(driver.RunGenerators(compilation));

        Assert.Equal([IncrementalStepRunReason.Modified], StepRuns.Reasons(after, TrackingNames.Parse));
        Assert.Equal([IncrementalStepRunReason.Modified], StepRuns.Reasons(after, TrackingNames.Diagnostics));
        Assert.Equal([IncrementalStepRunReason.Unchanged], StepRuns.Reasons(after, TrackingNames.EmitModel));
        AssertEvery(IncrementalStepRunReason.Cached, StepRuns.OutputReasons(after, TrackingNames.EmittedFiles));
        Assert.Equal([IncrementalStepRunReason.Modified], StepRuns.OutputReasons(after, TrackingNames.Diagnostics));
        Assert.Equal(
            before.Diagnostics.Single().Location.GetLineSpan().StartLinePosition.Line + 1,
            after.Diagnostics.Single().Location.GetLineSpan().StartLinePosition.Line);
        Assert.Equal(Texts(before), Texts(after));
    }

    [Theory]
    [InlineData("The first description.", "The second description.")]
    [InlineData("    properties:\n      id: { type: string }\n", "    properties:\n      id: { type: string }\n      name: { type: string }\n")]
    public void Semantic_yaml_edit_reparses_re_emits_and_changes_the_generated_text(string from, string to)
    {
        var spec = DemoSpec + "\n";
        var original = new InMemoryAdditionalText("/specs/demo.yaml", spec);
        var compilation = GeneratorHarness.CreateCompilation();
        var driver = GeneratorHarness.CreateDriver([original]).RunGenerators(compilation);
        var before = Single(driver);

        var editedSpec = spec.Replace(from, to);
        Assert.NotEqual(spec, editedSpec);
        driver = driver.ReplaceAdditionalText(original, new InMemoryAdditionalText(original.Path, editedSpec));
        var after = Single(driver.RunGenerators(compilation));

        Assert.Empty(after.Diagnostics);
        Assert.Equal([IncrementalStepRunReason.Modified], StepRuns.Reasons(after, TrackingNames.Parse));
        Assert.Equal([IncrementalStepRunReason.Modified], StepRuns.Reasons(after, TrackingNames.EmitModel));
        Assert.Contains(IncrementalStepRunReason.Modified, StepRuns.OutputReasons(after, TrackingNames.EmittedFiles));
        Assert.NotEqual(Texts(before), Texts(after));
    }

    [Fact]
    public void Introducing_an_error_removes_the_emit_model_and_its_sources()
    {
        var original = new InMemoryAdditionalText("/specs/demo.yaml", DemoSpec);
        var compilation = GeneratorHarness.CreateCompilation();
        var driver = GeneratorHarness.CreateDriver([original]).RunGenerators(compilation);

        driver = driver.ReplaceAdditionalText(original, new InMemoryAdditionalText(original.Path, DemoSpec.Replace("method: GET", "method: FOO")));
        var after = Single(driver.RunGenerators(compilation));

        Assert.Equal([IncrementalStepRunReason.Removed], StepRuns.Reasons(after, TrackingNames.EmitModel));
        Assert.Equal("BCE007", Assert.Single(after.Diagnostics).Id);
        Assert.Empty(after.GeneratedSources);
    }

    [Fact]
    public void Adding_a_second_spec_file_leaves_the_first_cached_and_runs_the_new_one()
    {
        var first = new InMemoryAdditionalText("/specs/demo.yaml", DemoSpec);
        var second = new InMemoryAdditionalText("/specs/other.yaml", DemoSpec.Replace("name: Demo", "name: Other"));
        var optIn = (IReadOnlyDictionary<string, string>)new Dictionary<string, string> { ["build_metadata.AdditionalFiles.BceSpec"] = "true" };
        var fileOptions = new Dictionary<string, IReadOnlyDictionary<string, string>> { [first.Path] = optIn, [second.Path] = optIn };
        var compilation = GeneratorHarness.CreateCompilation();
        var driver = GeneratorHarness.CreateDriver([first], fileOptions: fileOptions).RunGenerators(compilation);

        var result = Single(driver.AddAdditionalTexts([second]).RunGenerators(compilation));

        var emitSteps = result.TrackedSteps[TrackingNames.EmitModel].SelectMany(step => step.Outputs).ToArray();
        Assert.Equal(2, emitSteps.Length);
        Assert.Equal(IncrementalStepRunReason.Cached, emitSteps.Single(output => (string?)StepRuns.Member(output.Value, "Service.Name") == "Demo").Reason);
        Assert.Equal(IncrementalStepRunReason.New, emitSteps.Single(output => (string?)StepRuns.Member(output.Value, "Service.Name") == "Other").Reason);
        Assert.Equal(
            new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.New }.Order(),
            StepRuns.OutputReasons(result, TrackingNames.EmittedFiles).Distinct().Order());
        Assert.Contains(result.GeneratedSources, source => GeneratedNames.Is(source.HintName, "Other.OtherClient"));
        Assert.Contains(result.GeneratedSources, source => GeneratedNames.Is(source.HintName, "Demo.DemoClient"));
    }

    [Fact]
    public void Changing_the_global_namespace_option_re_emits_with_the_new_namespace()
    {
        var compilation = GeneratorHarness.CreateCompilation();
        var spec = new InMemoryAdditionalText("/specs/demo.yaml", DemoSpec);
        var driver = GeneratorHarness.CreateDriver([spec], new Dictionary<string, string> { [NamespaceOption] = "First.Space" }).RunGenerators(compilation);
        var before = Single(driver);

        var optIn = (IReadOnlyDictionary<string, string>)new Dictionary<string, string> { ["build_metadata.AdditionalFiles.BceSpec"] = "true" };
        driver = driver.WithUpdatedAnalyzerConfigOptions(new TestOptionsProvider(
            new Dictionary<string, string> { [NamespaceOption] = "Second.Space" },
            new Dictionary<string, IReadOnlyDictionary<string, string>> { [spec.Path] = optIn }));
        var after = Single(driver.RunGenerators(compilation));

        Assert.Equal([IncrementalStepRunReason.Modified], StepRuns.Reasons(after, TrackingNames.Options));
        Assert.Equal([IncrementalStepRunReason.Cached], StepRuns.Reasons(after, TrackingNames.SpecFiles));
        Assert.Equal([IncrementalStepRunReason.Cached], StepRuns.Reasons(after, TrackingNames.Parse));
        Assert.Equal([IncrementalStepRunReason.Cached], StepRuns.Reasons(after, TrackingNames.Diagnostics));
        Assert.Equal([IncrementalStepRunReason.Modified], StepRuns.Reasons(after, TrackingNames.EmitModel));
        AssertEvery(IncrementalStepRunReason.Modified, StepRuns.OutputReasons(after, TrackingNames.EmittedFiles));
        Assert.Equal([IncrementalStepRunReason.Cached], StepRuns.OutputReasons(after, TrackingNames.Diagnostics));
        Assert.All(before.GeneratedSources, source => Assert.Contains("namespace First.Space;", source.SourceText.ToString(), StringComparison.Ordinal));
        Assert.NotEmpty(after.GeneratedSources);
        Assert.All(after.GeneratedSources, source => Assert.Contains("namespace Second.Space;", source.SourceText.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public void Changing_the_global_visibility_option_re_emits_without_reparsing()
    {
        var compilation = GeneratorHarness.CreateCompilation();
        var spec = new InMemoryAdditionalText("/specs/demo.yaml", DemoSpec);
        var driver = GeneratorHarness.CreateDriver([spec]).RunGenerators(compilation);

        var optIn = (IReadOnlyDictionary<string, string>)new Dictionary<string, string> { ["build_metadata.AdditionalFiles.BceSpec"] = "true" };
        driver = driver.WithUpdatedAnalyzerConfigOptions(new TestOptionsProvider(
            new Dictionary<string, string> { ["build_property.BceClientVisibility"] = "internal" },
            new Dictionary<string, IReadOnlyDictionary<string, string>> { [spec.Path] = optIn }));
        var after = Single(driver.RunGenerators(compilation));

        Assert.Equal([IncrementalStepRunReason.Modified], StepRuns.Reasons(after, TrackingNames.Options));
        Assert.Equal([IncrementalStepRunReason.Cached], StepRuns.Reasons(after, TrackingNames.Parse));
        Assert.Equal([IncrementalStepRunReason.Modified], StepRuns.Reasons(after, TrackingNames.EmitModel));
        Assert.Equal([IncrementalStepRunReason.Cached], StepRuns.OutputReasons(after, TrackingNames.Diagnostics));
        Assert.Contains(after.GeneratedSources, source => source.SourceText.ToString().Contains("\ninternal partial class DemoClient", StringComparison.Ordinal));
    }

    [Fact]
    public void Changing_the_per_file_namespace_option_re_emits_that_spec_with_the_new_namespace()
    {
        var compilation = GeneratorHarness.CreateCompilation();
        var spec = new InMemoryAdditionalText("/specs/demo.yaml", DemoSpec);
        var driver = GeneratorHarness.CreateDriver([spec], fileOptions: FileOptions(spec.Path, "First.Space")).RunGenerators(compilation);

        driver = driver.WithUpdatedAnalyzerConfigOptions(new TestOptionsProvider(new Dictionary<string, string>(), FileOptions(spec.Path, "Second.Space")));
        var after = Single(driver.RunGenerators(compilation));

        // The per-file namespace travels with the spec text, so the spec is re-parsed; the diagnostics are not re-reported.
        Assert.Equal([IncrementalStepRunReason.Unchanged], StepRuns.Reasons(after, TrackingNames.Options));
        Assert.Equal([IncrementalStepRunReason.Modified], StepRuns.Reasons(after, TrackingNames.EmitModel));
        AssertEvery(IncrementalStepRunReason.Modified, StepRuns.OutputReasons(after, TrackingNames.EmittedFiles));
        Assert.Equal([IncrementalStepRunReason.Cached], StepRuns.OutputReasons(after, TrackingNames.Diagnostics));
        Assert.NotEmpty(after.GeneratedSources);
        Assert.All(after.GeneratedSources, source => Assert.Contains("namespace Second.Space;", source.SourceText.ToString(), StringComparison.Ordinal));
    }

    private static Dictionary<string, IReadOnlyDictionary<string, string>> FileOptions(string path, string ns) => new()
    {
        [path] = new Dictionary<string, string>
        {
            ["build_metadata.AdditionalFiles.BceSpec"] = "true",
            ["build_metadata.AdditionalFiles.BceClientNamespace"] = ns,
        },
    };

    /// <summary>
    /// After a C# edit the one step that reads the compilation runs again and finds the same answer (Unchanged); every
    /// other step and every output is Cached.
    /// </summary>
    private static void AssertOnlyTheRuntimeReferenceReran(GeneratorRunResult result)
    {
        foreach (var name in StepRuns.TrackingNameValues)
        {
            // The compilation checks re-run on every C# edit, to the same value; everything after them stays cached.
            var expected = StepRuns.AfterCSharpEdit(name);
            if (name is TrackingNames.EmittedFiles or TrackingNames.EmitModel or TrackingNames.Options)
            {
                // One output per generated file; without the runtime the emit branch is not even walked.
                Assert.All(StepRuns.Reasons(result, name), reason => Assert.Equal(expected, reason));
                continue;
            }

            Assert.True(StepRuns.Reasons(result, name).SequenceEqual([expected]), $"{name}: {StepRuns.Describe(result)}");
        }

        var outputs = result.TrackedOutputSteps.SelectMany(pair => pair.Value).SelectMany(step => step.Outputs).ToArray();
        Assert.NotEmpty(outputs);
        Assert.All(outputs, output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    private static GeneratorRunResult Single(GeneratorDriver driver)
    {
        var result = driver.GetRunResult().Results.Single();
        Assert.Null(result.Exception);
        return result;
    }

    private static string[] Texts(GeneratorRunResult result) =>
        result.GeneratedSources.Select(source => source.HintName + "\n" + source.SourceText).ToArray();

    [Fact]
    public void Description_edit_of_one_operation_re_adds_only_the_files_whose_text_changes()
    {
        var spec = GeneratorHarness.PeerConnSpec;
        var original = new InMemoryAdditionalText("/specs/peerconn.yaml", spec);
        var compilation = GeneratorHarness.CreateCompilation();
        var driver = GeneratorHarness.CreateDriver([original]).RunGenerators(compilation);
        var before = Single(driver);

        var edited = spec.Replace("Changes the bandwidth of a peer connection.", "Changes the bandwidth of one peer connection.");
        Assert.NotEqual(spec, edited);
        driver = driver.ReplaceAdditionalText(original, new InMemoryAdditionalText(original.Path, edited));
        var after = Single(driver.RunGenerators(compilation));

        var reasons = StepRuns.OutputReasons(after, TrackingNames.EmittedFiles);
        var changed = after.GeneratedSources
            .Where(source => before.GeneratedSources.Single(old => old.HintName == source.HintName).SourceText.ToString() != source.SourceText.ToString())
            .Select(source => GeneratedNames.WithoutHash(source.HintName))
            .Order()
            .ToArray();
        Assert.Equal(["PeerConn.IPeerConnClient", "PeerConn.ResizePeerConnRequest"], changed);
        Assert.Equal(changed.Length, reasons.Count(reason => reason == IncrementalStepRunReason.Modified));
        Assert.Equal(before.GeneratedSources.Length - changed.Length, reasons.Count(reason => reason == IncrementalStepRunReason.Cached));
    }

    private static void AssertEvery(IncrementalStepRunReason expected, IReadOnlyList<IncrementalStepRunReason> reasons)
    {
        Assert.NotEmpty(reasons);
        Assert.All(reasons, reason => Assert.Equal(expected, reason));
    }
}
