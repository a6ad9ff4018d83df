using Bce.Generator.Tests.Diagnostics;
using Bce.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp;

namespace Bce.Generator.Tests.Targeting;

/// <summary>
/// What the generator reads from the consumer's target (Targeting/TargetProfile): the C# version (BCE040 when it is too
/// old) and whether the runtime build can call a static interface member (net10.0) or needs the JSON readers registered
/// (the netstandard2.0 build .NET Framework projects get). The net10.0 output itself is the snapshots'.
/// </summary>
public sealed class TargetProfileTests
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
            response: Thing
        types:
          Thing:
            properties:
              id: { type: string }
        """;

    // The two runtime types the generator looks at, as the netstandard2.0 build declares them: no static ReadJson.
    private const string NetStandardRuntimeShape = """
        namespace Bce.Runtime.Pipeline { public sealed class BceServiceDescriptor { } }
        namespace Bce.Runtime.Serialization
        {
            public interface IBceJsonModel<TSelf> where TSelf : IBceJsonModel<TSelf>
            {
                void WriteJson(System.Text.Json.Utf8JsonWriter writer);
            }
        }
        """;

    [Theory]
    [InlineData(LanguageVersion.CSharp7_3, "7.3")]
    [InlineData(LanguageVersion.CSharp10, "10.0")]
    public void A_project_on_an_older_CSharp_gets_one_BCE040_per_spec_at_its_start_and_no_source(LanguageVersion version, string shown)
    {
        var driver = GeneratorHarness.CreateDriver([new InMemoryAdditionalText(GeneratorHarness.SpecPath, Spec)])
            .WithUpdatedParseOptions(new CSharpParseOptions(version))
            .RunGenerators(GeneratorHarness.CreateCompilation());
        var result = driver.GetRunResult().Results.Single();

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("BCE040", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(GeneratorHarness.SpecPath, diagnostic.Location.GetLineSpan().Path);
        Assert.Equal(0, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Equal(
            $"The client generated from this spec needs C# 11.0 or later, but the project compiles with C# {shown}: remove the project's <LangVersion> "
            + "(Bce.Runtime then sets 'latest') or set <LangVersion>latest</LangVersion>; no client is generated until then",
            SpecDiagnostics.Message(diagnostic));
        Assert.Empty(result.GeneratedSources);
    }

    [Fact]
    public void CSharp11_is_enough()
    {
        var driver = GeneratorHarness.CreateDriver([new InMemoryAdditionalText(GeneratorHarness.SpecPath, Spec)])
            .WithUpdatedParseOptions(new CSharpParseOptions(LanguageVersion.CSharp11))
            .RunGenerators(GeneratorHarness.CreateCompilation());

        Assert.Empty(driver.GetRunResult().Results.Single().Diagnostics);
    }

    [Fact]
    public void Against_the_netstandard_runtime_models_skip_the_static_ReadJson_and_one_module_initializer_registers_their_readers()
    {
        var compilation = GeneratorHarness.CreateCompilationWithoutRuntime(NetStandardRuntimeShape);
        var result = GeneratorHarness.CreateDriver([new InMemoryAdditionalText(GeneratorHarness.SpecPath, Spec)])
            .RunGenerators(compilation).GetRunResult().Results.Single();

        var model = result.GeneratedSources.Single(source => GeneratedNames.Is(source.HintName, "Demo.Thing")).SourceText.ToString();
        Assert.DoesNotContain("ReadJson", model, StringComparison.Ordinal);
        Assert.Contains("internal static Thing ReadFrom(ref ", model, StringComparison.Ordinal);
        var ns = model.Split('\n').Single(line => line.StartsWith("namespace ", StringComparison.Ordinal))["namespace ".Length..].TrimEnd(';', '\r');
        var readers = result.GeneratedSources.Single(source => GeneratedNames.Is(source.HintName, "Demo.DemoJsonModelReaders")).SourceText.ToString();
        Assert.Contains("[global::System.Runtime.CompilerServices.ModuleInitializer]", readers, StringComparison.Ordinal);
        Assert.Contains($"global::Bce.Runtime.Serialization.BceJsonModelReaders.Register<global::{ns}.Thing>(global::{ns}.Thing.ReadFrom);", readers, StringComparison.Ordinal);
    }

    [Fact]
    public void Against_the_net10_runtime_nothing_is_registered_and_no_attribute_is_added()
    {
        var result = GeneratorHarness.Run(Spec);

        Assert.DoesNotContain(result.GeneratedSources, source => source.HintName.Contains("JsonModelReaders", StringComparison.Ordinal));
        Assert.DoesNotContain(result.GeneratedSources, source => source.HintName == "Bce.Polyfills.g.cs");
    }
}
