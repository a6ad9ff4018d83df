using Bce.Package.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Bce.Package.Tests;

/// <summary>
/// README's "Compile only what you call": <c>&lt;BceApi Include="PeerConn" Operations="..." /&gt;</c> in a fresh
/// consumer keeps the selected operations (a ';'-separated list survives the trip through MSBuild and the
/// .editorconfig), the assembly of a consumer compiled with one operation is smaller than with the whole spec (and
/// two operations of the catalog's Vpc entry than all 83 of it: which also checks that a fresh consumer builds the
/// whole Vpc entry, warnings as errors), and a misspelled name fails the build with the generator's did-you-mean.
/// </summary>
[Collection(PackageFeedCollection.Name)]
public sealed class OperationSelectionTests(PackageFeed feed, ITestOutputHelper output)
{
    // The same program for every consumer: it names one operation's request, so the measured difference is the
    // generated code alone.
    private const string Program = """
        System.Console.WriteLine(typeof(Bce.Vpc.PeerConnections.GetPeerConnDetailRequest).Name);
        """;

    [Fact]
    public void A_consumer_compiled_with_one_operation_is_smaller_than_with_the_whole_spec()
    {
        var one = BuildAndMeasure("select-one", """<BceApi Include="PeerConn" Operations="GetPeerConnDetail" />""", Program);
        var whole = BuildAndMeasure("select-whole", """<BceApi Include="PeerConn" />""", Program);

        output.WriteLine($"PeerConn, 1 operation (GetPeerConnDetail): {one:N0} bytes; PeerConn, all operations: {whole:N0} bytes");
        // GetPeerConnDetail keeps the PeerConn model, Tag and four enums of the spec's seven types and four enums, so
        // the saving is the other twelve operations, the pager and the other types: measured at 54%, asserted loosely.
        Assert.True(one * 4 < whole * 3, $"one operation: {one} bytes, the whole spec: {whole} bytes");
    }

    [Fact]
    public void The_Vpc_entry_builds_whole_and_a_two_operation_selection_of_it_is_far_smaller()
    {
        const string Program = """
            using var client = new Bce.Vpc.Vpcs.VpcClient(new Bce.Runtime.Credentials.BceCredentials("ak", "sk"));
            System.Console.WriteLine(typeof(Bce.Vpc.Vpcs.CreateVpcRequest).Name);
            """;
        var selected = BuildAndMeasure("vpc-select", """<BceApi Include="Vpc" Operations="CreateVpc;ListVpcs" />""", Program);
        var whole = BuildAndMeasure("vpc-whole", """<BceApi Include="Vpc" />""", Program);

        output.WriteLine($"Vpc, 2 operations (CreateVpc;ListVpcs): {selected:N0} bytes; Vpc, all 83 operations: {whole:N0} bytes");
        Assert.True(selected * 5 < whole, $"two operations: {selected} bytes, the whole entry: {whole} bytes");
    }

    [Fact]
    public void A_semicolon_list_keeps_every_operation_named_and_drops_the_others()
    {
        var items = """<BceApi Include="PeerConn" Operations="CreatePeerConn;GetPeerConnDetail" />""";
        var kept = ConsumerProject.Create(feed, "select-two", items,
            Program + "System.Console.WriteLine(typeof(Bce.Vpc.PeerConnections.CreatePeerConnRequest).Name);");
        var build = kept.Dotnet("build");
        Assert.True(build.ExitCode == 0, build.ToString());

        var dropped = ConsumerProject.Create(feed, "select-dropped", items,
            "System.Console.WriteLine(typeof(Bce.Vpc.PeerConnections.DeletePeerConnRequest).Name);");
        var failed = dropped.Dotnet("build");
        Assert.NotEqual(0, failed.ExitCode);
        Assert.Contains("error CS0234", failed.Output);
        Assert.Contains("DeletePeerConnRequest", failed.Output);
    }

    [Fact]
    public void A_misspelled_operation_fails_the_build_with_BCE051_at_the_spec_and_the_name_meant()
    {
        var project = ConsumerProject.Create(feed, "select-typo", """<BceApi Include="PeerConn" Operations="GetPeerConnDetial" />""", Program);

        var build = project.Dotnet("build");

        Assert.NotEqual(0, build.ExitCode);
        Assert.Matches(@"peerconn\.yaml\(\d+,1\): error BCE051: Operations of BceApi 'PeerConn' names 'GetPeerConnDetial'", build.Output);
        Assert.Contains("did you mean 'GetPeerConnDetail'?", build.Output);
    }

    /// <summary>Builds the consumer in Release and returns the size of its assembly in bytes.</summary>
    private long BuildAndMeasure(string name, string items, string program)
    {
        var project = ConsumerProject.Create(feed, name, items, program);
        var build = project.Dotnet("build", "-c", "Release");
        Assert.True(build.ExitCode == 0, build.ToString());
        return new FileInfo(Path.Combine(project.Directory, "bin", "Release", "net10.0", name + ".dll")).Length;
    }
}
