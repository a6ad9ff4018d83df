using Bce.Generator.Tests.Infrastructure;

namespace Bce.Generator.Tests.Compiling;

/// <summary>
/// The eight spec/vpc files, together in one project as <c>&lt;BceApi Include="Vpc" /&gt;</c> puts them: no generator
/// diagnostic, zero compiler warnings, and the wire extensions they use (spec/vpc/README.md) reach the caller as the
/// spec says: a wrapped answer is the model itself, query arrays are lists on the request.
/// </summary>
public sealed class VpcSpecsCompileTests
{
    private const string UserCode = """
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Bce.Runtime;

        internal static class Caller
        {
            public static async Task UseAsync(Bce.Vpc.Vpcs.IVpcClient vpcs, Bce.Vpc.Subnets.ISubnetClient subnets)
            {
                BceResponse<Bce.Vpc.Vpcs.VpcDetail> vpc = await vpcs.GetVpcDetailAsync(new Bce.Vpc.Vpcs.GetVpcDetailRequest { VpcId = "vpc-1" });
                BceResponse<Bce.Vpc.Subnets.Subnet> subnet = await subnets.GetSubnetDetailAsync(new Bce.Vpc.Subnets.GetSubnetDetailRequest { SubnetId = "sbn-1" });
                _ = await vpcs.ListVpcsAsync(new Bce.Vpc.Vpcs.ListVpcsRequest { VpcIds = new List<string> { "vpc-1", "vpc-2" } });
                _ = await subnets.ListSubnetsAsync(new Bce.Vpc.Subnets.ListSubnetsRequest { SubnetIds = new List<string> { "sbn-1" } });
                _ = await vpcs.GetPrivateIpAddressesInfoAsync(new Bce.Vpc.Vpcs.GetPrivateIpAddressesInfoRequest
                {
                    VpcId = "vpc-1",
                    PrivateIpAddresses = new List<string> { "10.0.0.1", "10.0.0.2" },
                });
                _ = vpc.Value.VpcId + subnet.Value.SubnetId;
            }
        }
        """;

    [Fact]
    public void Vpc_specs_compile_together_without_diagnostics_or_warnings()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "TestData", "vpc");
        var specs = Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal)
            .Select(path => (AdditionalText)new InMemoryAdditionalText("/specs/vpc/" + Path.GetFileName(path), File.ReadAllText(path)))
            .ToList();
        Assert.Equal(8, specs.Count);

        var driver = GeneratorHarness.CreateDriver(specs);
        driver.RunGeneratorsAndUpdateCompilation(GeneratorHarness.CreateCompilation(UserCode), out var output, out var generatorDiagnostics);

        Assert.True(generatorDiagnostics.IsEmpty, string.Join("\n", generatorDiagnostics));
        var problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(20)));
    }
}
