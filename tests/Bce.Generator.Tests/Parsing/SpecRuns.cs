using Bce.Generator.Tests.Infrastructure;

namespace Bce.Generator.Tests.Parsing;

/// <summary>Runs the generator over one spec with chosen global and per-file options.</summary>
internal static class SpecRuns
{
    public const string OptIn = "build_metadata.AdditionalFiles.BceSpec";
    public const string FileNamespace = "build_metadata.AdditionalFiles.BceClientNamespace";
    public const string GlobalNamespace = "build_property.BceClientNamespace";
    public const string FileVisibility = "build_metadata.AdditionalFiles.BceClientVisibility";
    public const string GlobalVisibility = "build_property.BceClientVisibility";

    public static GeneratorRunResult Run(string yaml, string path, IReadOnlyDictionary<string, string> fileOptions, IReadOnlyDictionary<string, string>? globalOptions = null)
    {
        var driver = GeneratorHarness.CreateDriver(
            [new InMemoryAdditionalText(path, yaml)],
            globalOptions,
            fileOptions: new Dictionary<string, IReadOnlyDictionary<string, string>> { [path] = fileOptions });
        var result = driver.RunGenerators(GeneratorHarness.CreateCompilation()).GetRunResult().Results.Single();
        Assert.Null(result.Exception);
        return result;
    }

    public static string Source(GeneratorRunResult result, string hintName) =>
        result.GeneratedSources.Single(source => GeneratedNames.Is(source.HintName, hintName.Replace(".g.cs", string.Empty))).SourceText.ToString();
}
