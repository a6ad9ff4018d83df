using Bce.Generator.Tests.Caching;
using Bce.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp;

namespace Bce.Generator.Tests.Emitting;

/// <summary>
/// The <c>AddPeerConnClient</c> extension: emitted (and compiling, with a consumer calling every overload) only when
/// the compilation references Bce.Runtime.DependencyInjection, matched against its snapshot, and cached across C#
/// edits because the pipeline keeps one bool of the compilation.
/// </summary>
public sealed class DependencyInjectionExtensionTests
{
    private const string ExtensionFile = "PeerConn.PeerConnServiceCollectionExtensions";

    /// <summary>A consumer that calls every overload, so a signature the emitter gets wrong fails to compile.</summary>
    private const string Consumer = """
        using Bce.Vpc.PeerConnections;
        using Microsoft.Extensions.Configuration;
        using Microsoft.Extensions.DependencyInjection;

        public static class Startup
        {
            public static void Register(IServiceCollection services, IConfiguration configuration)
            {
                services.AddPeerConnClient(configuration.GetSection("Bce:PeerConn"));
                services.AddPeerConnClient(settings => settings.Region = "gz");
                services.AddPeerConnClient("accountB", configuration.GetSection("Bce:AccountB"), settings => settings.Profile = "b");
                services.AddPeerConnClient("gz", settings => settings.Region = "gz").RemoveAllLoggers();
                using var fromSettings = new PeerConnClient(new Bce.Runtime.BceClientSettings { Region = "gz" });
                using var fromOptions = new PeerConnClient(new Bce.Runtime.BceClientOptions { Region = "gz" });
                using var fromNothing = new PeerConnClient();
            }
        }
        """;

    [Fact]
    public void With_the_library_referenced_the_extension_matches_its_snapshot()
    {
        var result = Run(WithDependencyInjection(GeneratorHarness.CreateCompilation()));

        var source = Assert.Single(result.GeneratedSources, s => GeneratedNames.Is(s.HintName, ExtensionFile));
        Snapshot.Verify(ExtensionFile, source.SourceText.ToString());
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void With_the_library_referenced_the_extension_and_a_consumer_of_every_overload_compile_without_warnings()
    {
        var driver = GeneratorHarness.CreateDriver([new InMemoryAdditionalText(GeneratorHarness.SpecPath, GeneratorHarness.PeerConnSpec)]);
        var compilation = WithDependencyInjection(GeneratorHarness.CreateCompilation(Consumer));

        driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);

        Assert.Empty(generatorDiagnostics);
        var problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Without_the_library_no_extension_is_emitted_and_nothing_is_reported()
    {
        var result = Run(GeneratorHarness.CreateCompilation());

        Assert.DoesNotContain(result.GeneratedSources, s => GeneratedNames.Is(s.HintName, ExtensionFile));
        Assert.Contains(result.GeneratedSources, s => GeneratedNames.Is(s.HintName, "PeerConn.PeerConnClient"));
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void A_csharp_edit_keeps_the_reference_check_and_the_extension_cached()
    {
        var compilation = WithDependencyInjection(GeneratorHarness.CreateCompilation());
        var driver = GeneratorHarness.CreateDriver([new InMemoryAdditionalText(GeneratorHarness.SpecPath, GeneratorHarness.PeerConnSpec)]);
        driver = driver.RunGenerators(compilation);

        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class Edited { }", GeneratorHarness.ParseOptions));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        Assert.Equal([IncrementalStepRunReason.Unchanged], StepRuns.Reasons(result, TrackingNames.DependencyInjectionReference));
        Assert.Equal([IncrementalStepRunReason.Cached], StepRuns.Reasons(result, TrackingNames.RegistrationExtension));
        Assert.All(StepRuns.OutputValues(result, TrackingNames.DependencyInjectionReference), value => Assert.IsType<bool>(value));
    }

    [Fact]
    public void Adding_the_library_reference_emits_the_extension_without_reparsing()
    {
        var compilation = GeneratorHarness.CreateCompilation();
        var driver = GeneratorHarness.CreateDriver([new InMemoryAdditionalText(GeneratorHarness.SpecPath, GeneratorHarness.PeerConnSpec)]);
        driver = driver.RunGenerators(compilation);

        var result = driver.RunGenerators(WithDependencyInjection(compilation)).GetRunResult().Results.Single();

        Assert.Equal([IncrementalStepRunReason.Modified], StepRuns.Reasons(result, TrackingNames.DependencyInjectionReference));
        Assert.Equal([IncrementalStepRunReason.Cached], StepRuns.Reasons(result, TrackingNames.Parse));
        Assert.Contains(result.GeneratedSources, s => GeneratedNames.Is(s.HintName, ExtensionFile));
    }

    private static GeneratorRunResult Run(CSharpCompilation compilation)
    {
        var driver = GeneratorHarness.CreateDriver([new InMemoryAdditionalText(GeneratorHarness.SpecPath, GeneratorHarness.PeerConnSpec)]);
        var result = driver.RunGenerators(compilation).GetRunResult().Results.Single();
        Assert.Null(result.Exception);
        return result;
    }

    /// <summary>The compilation plus Bce.Runtime.DependencyInjection and the Microsoft.Extensions assemblies it builds on.</summary>
    private static CSharpCompilation WithDependencyInjection(CSharpCompilation compilation) =>
        compilation.AddReferences(Directory.GetFiles(AppContext.BaseDirectory, "*.dll")
            .Where(path => Path.GetFileName(path) is var file &&
                (file == "Bce.Runtime.DependencyInjection.dll" || file.StartsWith("Microsoft.Extensions.", StringComparison.Ordinal)))
            .Select(path => MetadataReference.CreateFromFile(path)));
}
