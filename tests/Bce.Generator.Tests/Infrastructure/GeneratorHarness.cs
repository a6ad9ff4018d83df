using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Bce.Generator.Tests.Infrastructure;

/// <summary>Runs <see cref="BceClientGenerator"/> in-process over specs held in memory.</summary>
public static class GeneratorHarness
{
    public const string SpecPath = "/specs/peerconn.yaml";

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(LoadReferences);

    /// <summary>The real spec of this repository.</summary>
    public static string PeerConnSpec { get; } = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "peerconn.yaml"));

    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.CSharp11);

    /// <summary>A compilation with the runtime and the framework referenced, plus the given user code.</summary>
    public static CSharpCompilation CreateCompilation(params string[] sources) => Compile(References.Value, sources);

    /// <summary>A project that forgot the Bce.Runtime package: the framework only.</summary>
    public static CSharpCompilation CreateCompilationWithoutRuntime(params string[] sources) =>
        Compile(References.Value.Where(reference => !IsRuntime(reference)), sources);

    public static bool IsRuntime(MetadataReference reference) => Path.GetFileName(reference.Display) == "Bce.Runtime.dll";

    public static GeneratorDriver CreateDriver(
        IEnumerable<AdditionalText> specs,
        IReadOnlyDictionary<string, string>? globalOptions = null,
        bool optIn = true,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? fileOptions = null)
    {
        var specList = specs.ToList();
        var perFile = fileOptions?.ToDictionary(pair => pair.Key, pair => pair.Value)
            ?? specList.ToDictionary(
                spec => spec.Path,
                _ => (IReadOnlyDictionary<string, string>)new Dictionary<string, string> { ["build_metadata.AdditionalFiles.BceSpec"] = optIn ? "true" : "" });
        var options = new TestOptionsProvider(globalOptions ?? new Dictionary<string, string>(), perFile);
        return CSharpGeneratorDriver.Create(
            new[] { new BceClientGenerator().AsSourceGenerator() },
            specList,
            ParseOptions,
            options,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
    }

    /// <summary>Runs the generator once over one spec and returns the result for that generator.</summary>
    public static GeneratorRunResult Run(string yaml, string path = SpecPath, IReadOnlyDictionary<string, string>? globalOptions = null)
    {
        var driver = CreateDriver([new InMemoryAdditionalText(path, yaml)], globalOptions);
        driver = driver.RunGenerators(CreateCompilation());
        var result = driver.GetRunResult().Results.Single();
        Assert.Null(result.Exception);
        return result;
    }

    /// <summary>Runs the generator and compiles its output together with <paramref name="userCode"/>.</summary>
    public static (Compilation Output, ImmutableArray<Diagnostic> GeneratorDiagnostics) RunAndCompile(string yaml, params string[] userCode) =>
        RunAndCompile(yaml, new Dictionary<string, string>(), userCode);

    /// <summary>Runs the generator with project options (<c>build_property.*</c>) and compiles its output.</summary>
    public static (Compilation Output, ImmutableArray<Diagnostic> GeneratorDiagnostics) RunAndCompile(
        string yaml, IReadOnlyDictionary<string, string> globalOptions, params string[] userCode)
    {
        var driver = CreateDriver([new InMemoryAdditionalText(SpecPath, yaml)], globalOptions);
        driver.RunGeneratorsAndUpdateCompilation(CreateCompilation(userCode), out var output, out var diagnostics);
        return (output, diagnostics);
    }

    private static CSharpCompilation Compile(IEnumerable<MetadataReference> references, string[] sources) =>
        CSharpCompilation.Create(
            "Consumer",
            sources.Select(source => CSharpSyntaxTree.ParseText(source, ParseOptions)),
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, warningLevel: 9999));

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        // The running test host's framework plus the runtime library: what a consumer project compiles against.
        var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var references = trusted
            .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal)
                || Path.GetFileName(path) is "netstandard.dll" or "mscorlib.dll" or "Microsoft.Win32.Primitives.dll")
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToList();
        references.Add(MetadataReference.CreateFromFile(Path.Combine(AppContext.BaseDirectory, "Bce.Runtime.dll")));
        return [.. references];
    }
}
