using System.Reflection;
using System.Text.RegularExpressions;

namespace Vpc.Client.Tests.Wire;

/// <summary>
/// Every operation of the eight VPC specs has a wire row, and every row names an operation of the specs and of the
/// generated clients: an operation added to a spec cannot go untested, nor a row outlive its operation.
/// </summary>
public sealed partial class OperationCoverageTests
{
    private static readonly string SpecFolder = typeof(OperationCoverageTests).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "SpecFolder").Value!;

    [Fact]
    public void Every_operation_of_the_specs_has_a_row_and_every_row_an_operation()
    {
        var specOperations = SpecOperations();
        var rowOperations = WireRows.All.Select(row => OperationOf(row.Operation)).Distinct().Order(StringComparer.Ordinal).ToArray();

        Assert.Equal(83, specOperations.Length);
        Assert.Equal(specOperations, rowOperations);
    }

    [Fact]
    public void Every_method_of_the_generated_clients_has_a_row()
    {
        var clientOperations = VpcClients.Interfaces
            .SelectMany(type => type.GetMethods())
            .Select(method => method.Name)
            .Where(name => name.EndsWith("Async", StringComparison.Ordinal))
            .Where(name => !name.StartsWith("WaitUntil", StringComparison.Ordinal) && !name.StartsWith("ListAll", StringComparison.Ordinal))
            .Select(name => name[..^"Async".Length])
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToArray();

        Assert.Equal(SpecOperations(), clientOperations);
    }

    [Fact]
    public void Row_names_are_unique()
    {
        var duplicates = WireRows.All.GroupBy(row => row.Operation).Where(group => group.Count() > 1).Select(group => group.Key);

        Assert.Empty(duplicates);
    }

    /// <summary>A row of a variant (<c>BindNatGatewayEips.Dnat</c>) belongs to the operation before the dot.</summary>
    private static string OperationOf(string rowName) => rowName.Split('.')[0];

    /// <summary>The keys of every spec's top-level <c>operations</c> mapping, read from the YAML text.</summary>
    private static string[] SpecOperations() => Directory.GetFiles(SpecFolder, "*.yaml")
        .SelectMany(path => OperationKeys(File.ReadAllLines(path)))
        .Order(StringComparer.Ordinal)
        .ToArray();

    private static IEnumerable<string> OperationKeys(string[] lines)
    {
        var inOperations = false;
        foreach (var line in lines)
        {
            if (TopLevelKey().Match(line) is { Success: true } top)
            {
                inOperations = top.Groups["key"].Value == "operations";
                continue;
            }

            if (inOperations && OperationKey().Match(line) is { Success: true } operation)
            {
                yield return operation.Groups["key"].Value;
            }
        }
    }

    [GeneratedRegex(@"^(?<key>[A-Za-z]+):")]
    private static partial Regex TopLevelKey();

    [GeneratedRegex(@"^  (?<key>[A-Za-z0-9]+):\s*$")]
    private static partial Regex OperationKey();
}
