using Bce.Generator.Tests.Infrastructure;

namespace Bce.Generator.Tests.Parsing;

/// <summary>
/// Objects described in place are named by where they stand, so a YAML alias that repeats one (under two properties,
/// or a whole properties mapping under two types) gives one type per place, and everything compiles.
/// </summary>
public sealed class InlineObjectAliasTests
{
    [Fact]
    public void Aliased_inline_objects_become_one_type_per_place_and_compile()
    {
        const string yaml = """
            service: { name: Alias, apiVersion: v1, endpoint: "a.{region}.example.com", defaultRegion: r1 }
            operations:
              GetThing: { method: GET, path: /thing, response: Thing }
            types:
              Thing:
                properties: &shared
                  primary: &address
                    properties:
                      host: { type: string, required: true }
                  backup: *address
              Copy:
                properties: *shared
            """;

        var (output, generatorDiagnostics) = GeneratorHarness.RunAndCompile(yaml);

        Assert.Empty(generatorDiagnostics);
        var problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        var types = output.GetSymbolsWithName(_ => true, SymbolFilter.Type).Select(type => type.Name).ToHashSet();
        Assert.Superset(new HashSet<string> { "ThingPrimary", "ThingBackup", "CopyPrimary", "CopyBackup" }, types);
        var backup = output.GetTypeByMetadataName("Bce.Alias.Thing")!.GetMembers("Backup").OfType<IPropertySymbol>().Single();
        Assert.Equal("ThingBackup", ((INamedTypeSymbol)backup.Type).Name);
    }
}
