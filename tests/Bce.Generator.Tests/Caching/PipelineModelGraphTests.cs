using System.Collections;
using System.Reflection;
using System.Runtime.CompilerServices;
using Bce.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Text;

namespace Bce.Generator.Tests.Caching;

/// <summary>
/// Pipeline values are cached between runs, so they must hold plain data only: a Roslyn object in them roots an old
/// compilation or breaks equality (Diagnostic compares its arguments by reference), and caching silently stops working.
/// </summary>
public sealed class PipelineModelGraphTests
{
    private static readonly Type[] Forbidden =
    [
        typeof(Compilation), typeof(ISymbol), typeof(SyntaxNode), typeof(SyntaxTree), typeof(SemanticModel),
        typeof(Location), typeof(Diagnostic), typeof(SourceText),
    ];

    [Fact]
    public void Tracked_step_outputs_hold_no_roslyn_objects()
    {
        // The real spec, a spec with a warning, a broken spec and one that forgot to opt in: every kind of value the steps produce.
        var specs = new AdditionalText[]
        {
            new InMemoryAdditionalText("/specs/peerconn.yaml", GeneratorHarness.PeerConnSpec),
            new InMemoryAdditionalText("/specs/warning.yaml", GeneratorHarness.PeerConnSpec.Replace("  name: PeerConn", "  name: Warned\n  owner: me")),
            new InMemoryAdditionalText("/specs/broken.yaml", "items: [a, b\nother: x"),
            new InMemoryAdditionalText("/specs/forgotten.yaml", GeneratorHarness.PeerConnSpec),
        };
        var optIn = (IReadOnlyDictionary<string, string>)new Dictionary<string, string> { ["build_metadata.AdditionalFiles.BceSpec"] = "true" };
        var fileOptions = specs.Take(3).ToDictionary(spec => spec.Path, _ => optIn);
        var driver = GeneratorHarness.CreateDriver(specs, new Dictionary<string, string> { ["build_property.BceClientNamespace"] = "Some.Space" }, fileOptions: fileOptions)
            .RunGenerators(GeneratorHarness.CreateCompilation());
        var result = driver.GetRunResult().Results.Single();
        Assert.Null(result.Exception);
        Assert.Equal(["BCE001", "BCE010", "BCE014"], result.Diagnostics.Select(d => d.Id).Order());

        var visited = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in StepRuns.TrackingNameValues)
        {
            var values = StepRuns.OutputValues(result, name).ToArray();
            Assert.NotEmpty(values);
            foreach (var value in values)
            {
                Assert.Empty(FindForbidden(value, name, visited));
            }
        }

        // The walk really went through the models, down to the diagnostic positions.
        Assert.Superset(new HashSet<string> { "SpecInput", "ParseResult", "ServiceSpec", "DiagnosticInfo", "LocationInfo", "EmitModel", "GeneratorOptions" }, visited);
    }

    [Fact]
    public void Graph_walk_finds_a_location_nested_inside_a_record()
    {
        // Guards the guard: the walk must see through records, arrays and boxed structs.
        var location = Location.Create("/specs/x.yaml", new TextSpan(0, 1), new LinePositionSpan(default, default));
        var nested = new Holder("outer", [new Holder("inner", [location])]);

        Assert.Equal(["root.Items[0].Items[0]"], FindForbidden(nested, "root"));
    }

    /// <summary>Paths of every forbidden object reachable from <paramref name="root"/> through instance fields.</summary>
    private static List<string> FindForbidden(object root, string rootPath, HashSet<string>? visitedTypes = null)
    {
        var found = new List<string>();
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        Walk(root, rootPath, found, seen, visitedTypes ?? []);
        return found;
    }

    private static void Walk(object? value, string path, List<string> found, HashSet<object> seen, HashSet<string> visitedTypes)
    {
        if (value is null or string or Type or Delegate || value.GetType().IsPrimitive || value.GetType().IsEnum || value is decimal)
        {
            return;
        }

        var type = value.GetType();
        if (Array.Exists(Forbidden, forbidden => forbidden.IsAssignableFrom(type)))
        {
            found.Add(path);
            return;
        }

        if (!type.IsValueType && !seen.Add(value))
        {
            return;
        }

        visitedTypes.Add(type.Name);

        if (value is Array array)
        {
            var index = 0;
            foreach (var item in (IEnumerable)array)
            {
                Walk(item, $"{path}[{index++}]", found, seen, visitedTypes);
            }

            return;
        }

        for (var current = type; current is not null && current != typeof(object); current = current.BaseType)
        {
            foreach (var field in current.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                if (field.FieldType.IsPointer || field.FieldType.IsByRef)
                {
                    continue;
                }

                Walk(field.GetValue(value), $"{path}.{FieldName(field)}", found, seen, visitedTypes);
            }
        }
    }

    /// <summary>Record properties are backed by <c>&lt;Name&gt;k__BackingField</c>; show the property name instead.</summary>
    private static string FieldName(FieldInfo field) =>
        field.IsDefined(typeof(CompilerGeneratedAttribute)) && field.Name.StartsWith('<')
            ? field.Name[1..field.Name.IndexOf('>', StringComparison.Ordinal)]
            : field.Name;

    private sealed record Holder(string Name, object[] Items);
}
