using Bce.Generator.Tests.Infrastructure;

namespace Bce.Generator.Tests.Selecting;

/// <summary>
/// Runs the generator over specs with an operation selection, handed over the way the MSBuild glue does it
/// (<c>BceOperations</c> with ',' for ';', <c>BceApi</c> naming the entry every file of it shares).
/// </summary>
internal static class SelectionRuns
{
    public const string Operations = "build_metadata.AdditionalFiles.BceOperations";
    public const string Entry = "build_metadata.AdditionalFiles.BceApi";

    public static Dictionary<string, string> Selecting(string operations, string entry = "PeerConn") => new()
    {
        ["build_metadata.AdditionalFiles.BceSpec"] = "true",
        [Operations] = operations,
        [Entry] = entry,
    };

    public static GeneratorRunResult Run(string operations, string yaml = "", string path = GeneratorHarness.SpecPath) =>
        RunFiles([(path, yaml.Length == 0 ? GeneratorHarness.PeerConnSpec : yaml, Selecting(operations))]);

    public static GeneratorRunResult RunFiles(IEnumerable<(string Path, string Yaml, Dictionary<string, string> Options)> files)
    {
        var list = files.ToList();
        var driver = GeneratorHarness.CreateDriver(
            list.Select(file => new InMemoryAdditionalText(file.Path, file.Yaml)),
            fileOptions: list.ToDictionary(file => file.Path, file => (IReadOnlyDictionary<string, string>)file.Options));
        var result = driver.RunGenerators(GeneratorHarness.CreateCompilation()).GetRunResult().Results.Single();
        Assert.Null(result.Exception);
        return result;
    }

    /// <summary>The generated type names (<c>PeerConn.CreatePeerConnRequest</c> → <c>CreatePeerConnRequest</c>), sorted.</summary>
    public static string[] TypeNames(GeneratorRunResult result) => result.GeneratedSources
        .Select(source => GeneratedNames.WithoutHash(source.HintName))
        .Select(name => name[(name.IndexOf('.', StringComparison.Ordinal) + 1)..])
        .Order(StringComparer.Ordinal)
        .ToArray();

    public static string Source(GeneratorRunResult result, string typeName) => result.GeneratedSources
        .Single(source => GeneratedNames.WithoutHash(source.HintName).EndsWith("." + typeName, StringComparison.Ordinal))
        .SourceText.ToString();
}
