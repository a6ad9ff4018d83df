using Bce.Package.Tests.Infrastructure;

namespace Bce.Package.Tests;

/// <summary>
/// What README's ".NET Framework" paragraph promises: a fresh net472 project with the same one PackageReference and
/// <c>&lt;BceApi Include="PeerConn" /&gt;</c>, warnings as errors and no LangVersion of its own, builds a client that
/// calls every kind of generated member (compile only: running .NET Framework is not possible on Linux; the
/// netstandard2.0 build's behaviour is run in tests/Bce.Runtime.NetStandard.Tests). The reference assemblies come from
/// Microsoft.NETFramework.ReferenceAssemblies, which the SDK adds for a .NET Framework target.
/// </summary>
[Collection(PackageFeedCollection.Name)]
public sealed class NetFrameworkConsumerTests(PackageFeed feed)
{
    [Fact]
    public void A_net472_consumer_with_one_PackageReference_and_BceApi_PeerConn_builds_with_warnings_as_errors()
    {
        var project = ConsumerProject.Create(feed, "netfx", ConsumerProgram.Items, NetFrameworkProgram, targetFramework: "net472");

        var build = project.Dotnet("build");

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Contains("0 Warning(s)", build.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(project.Directory, "bin", "Debug", "net472", "netfx.exe")), build.ToString());
        // The netstandard2.0 build of the runtime, with its out-of-band dependencies, is what a .NET Framework app ships.
        var output = Path.Combine(project.Directory, "bin", "Debug", "net472");
        Assert.True(File.Exists(Path.Combine(output, "Bce.Runtime.dll")), build.ToString());
        Assert.True(File.Exists(Path.Combine(output, "Microsoft.Bcl.TimeProvider.dll")), build.ToString());
    }

    [Fact]
    public void A_net472_consumer_that_pins_CSharp_10_fails_with_BCE040_at_the_spec_and_nothing_else()
    {
        var project = ConsumerProject.Create(
            feed, "netfx-csharp10", ConsumerProgram.Items, "System.Console.WriteLine();", properties: "<LangVersion>10</LangVersion>", targetFramework: "net472");

        var build = project.Dotnet("build");

        Assert.NotEqual(0, build.ExitCode);
        Assert.Matches(@"peerconn\.yaml\(1,1\): error BCE040: The client generated from this spec needs C# 11\.0 or later, but the project compiles with C# 10\.0", build.Output);
        Assert.DoesNotMatch(@"error CS\d{4}", build.Output);
    }

    /// <summary>Every kind of generated member: a write, a read, the auto-pager and a waiter.</summary>
    private const string NetFrameworkProgram = """
        using Bce.Runtime;
        using Bce.Runtime.Credentials;
        using Bce.Vpc.PeerConnections;

        using var client = new PeerConnClient(
            new BceCredentials("a0000000000000000000000000000001", "b0000000000000000000000000000001"),
            new BceClientOptions { Endpoint = new Uri(args[0]) });

        var created = await client.CreatePeerConnAsync(new CreatePeerConnRequest
        {
            LocalVpcId = "vpc-primary0000a", PeerVpcId = "vpc-primary0000b", PeerRegion = "bj", BandwidthInMbps = 10,
            Billing = new Billing { PaymentTiming = PaymentTiming.Postpaid },
        });
        var detail = new GetPeerConnDetailRequest { PeerConnId = created.Value.PeerConnId!, Role = PeerConnRole.Initiator };
        var active = await client.WaitUntilPeerConnActiveAsync(detail);
        Console.WriteLine($"{active.Value.PeerConnId} {active.Value.Status} request {active.RequestId}");
        await foreach (var peerConn in client.ListAllPeerConnsAsync())
        {
            Console.WriteLine($"{peerConn.PeerConnId} {peerConn.Status}");
        }
        """;
}
