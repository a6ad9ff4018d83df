namespace Bce.Package.Tests;

/// <summary>
/// The program of README's "Install" section: a client of the catalog's PeerConn spec, pointed at the endpoint given
/// on the command line (an emulator), signed with the emulator's default account.
/// </summary>
internal static class ConsumerProgram
{
    public const string Items = """<BceApi Include="PeerConn" />""";

    public const string Source = """
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
        var detail = await client.GetPeerConnDetailAsync(
            new GetPeerConnDetailRequest { PeerConnId = created.Value.PeerConnId!, Role = PeerConnRole.Initiator });
        Console.WriteLine($"created {detail.Value.PeerConnId} status {detail.Value.Status} request {detail.RequestId}");
        """;
}
