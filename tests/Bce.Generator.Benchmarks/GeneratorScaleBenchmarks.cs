using System.Collections.Immutable;
using System.Reflection;
using System.Text;
using BenchmarkDotNet.Attributes;
using Bce.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Bce.Generator.Benchmarks;

/// <summary>
/// A cold driver run (fresh driver, nothing cached) of Bce.Generator over a spec of N operations, next to Refit 16.4's
/// generator over an interface of N methods: the same sizes, the same Roslyn, in one process.
/// </summary>
[MemoryDiagnoser]
public class GeneratorScaleBenchmarks
{
    private CSharpCompilation _bceCompilation = null!;
    private CSharpCompilation _refitCompilation = null!;
    private AdditionalText _spec = null!;
    private ISourceGenerator _refit = null!;

    [Params(1000, 5000)]
    public int Operations { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _bceCompilation = Workloads.Compilation();
        _spec = new MemoryText("/specs/scale.yaml", Workloads.Spec(Operations));
        _refitCompilation = Workloads.Compilation(Workloads.RefitInterface(Operations));
        _refit = Workloads.RefitGenerator();
    }

    [Benchmark(Baseline = true)]
    public GeneratorDriver Refit() =>
        CSharpGeneratorDriver.Create(_refit).RunGenerators(_refitCompilation);

    [Benchmark]
    public GeneratorDriver Bce() =>
        Workloads.BceDriver(_spec).RunGenerators(_bceCompilation);
}

/// <summary>The inputs both generators get, and how each is started.</summary>
public static class Workloads
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
    {
        var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var list = trusted.Select(path => (MetadataReference)MetadataReference.CreateFromFile(path)).ToList();
        list.Add(MetadataReference.CreateFromFile(typeof(Bce.Runtime.BceClientOptions).Assembly.Location));
        list.Add(MetadataReference.CreateFromFile(typeof(Refit.GetAttribute).Assembly.Location));
        return [.. list];
    });

    public static CSharpCompilation Compilation(params string[] sources) => CSharpCompilation.Create(
        "Consumer",
        sources.Select(source => CSharpSyntaxTree.ParseText(source)),
        References.Value,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static GeneratorDriver BceDriver(AdditionalText spec) => CSharpGeneratorDriver.Create(
        [new BceClientGenerator().AsSourceGenerator()],
        [spec],
        optionsProvider: new OptIn());

    public static ISourceGenerator RefitGenerator()
    {
        var path = typeof(Workloads).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RefitGenerator").Value!;
        var reference = new AnalyzerFileReference(path, new Loader());
        return reference.GetGenerators(LanguageNames.CSharp).Single();
    }

    /// <summary>Operations in groups of three (list with paging, get, idempotent update), two types per group.</summary>
    public static string Spec(int operations) => Bce.Generator.Tests.Scale.ScaleSpec.Create(operations / 3);

    /// <summary>The same operations as Refit methods, in interfaces of 30 methods (as a real client would group them).</summary>
    public static string RefitInterface(int operations)
    {
        var builder = new StringBuilder("using System.Threading.Tasks;\nusing Refit;\nnamespace Scale;\n");
        for (var i = 0; i < operations / 3; i++)
        {
            builder.Append($"public sealed class Thing{i} {{ public string? Id {{ get; set; }} public string? Name {{ get; set; }} }}\n");
            builder.Append($"public sealed class ThingPage{i} {{ public System.Collections.Generic.List<Thing{i}>? Things {{ get; set; }} public string? NextMarker {{ get; set; }} }}\n");
        }

        for (var i = 0; i < operations / 3; i++)
        {
            if (i % 10 == 0)
            {
                builder.Append(i == 0 ? string.Empty : "}\n").Append($"public interface IScale{i / 10}\n{{\n");
            }

            builder.Append($"    [Get(\"/v1/things{i}\")] Task<ThingPage{i}> ListThings{i}([Query] string? marker, [Query] int? maxKeys);\n");
            builder.Append($"    [Get(\"/v1/things{i}/{{id}}\")] Task<Thing{i}> GetThing{i}(string id);\n");
            builder.Append($"    [Put(\"/v1/things{i}/{{id}}\")] Task UpdateThing{i}(string id, [Body] Thing{i} body, [Header(\"x-bce-client-token\")] string? clientToken);\n");
        }

        return builder.Append("}\n").ToString();
    }

    private sealed class Loader : IAnalyzerAssemblyLoader
    {
        public void AddDependencyLocation(string fullPath)
        {
        }

        public Assembly LoadFromPath(string fullPath) => Assembly.LoadFrom(fullPath);
    }

    private sealed class OptIn : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(new Dictionary<string, string>());

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => GlobalOptions;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
            new Options(new Dictionary<string, string> { ["build_metadata.AdditionalFiles.BceSpec"] = "true" });
    }

    private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
    }
}

/// <summary>An additional file held in memory.</summary>
public sealed class MemoryText(string path, string text) : AdditionalText
{
    private readonly SourceText _text = SourceText.From(text);

    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}
