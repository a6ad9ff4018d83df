using Bce.Emulator;
using Bce.Runtime;
using Bce.Runtime.Credentials;
using Bce.Runtime.Sts;
using Bce.Vpc.PeerConnections;

namespace PeerConn.Client.Tests.Documentation;

/// <summary>The README's usage example, as written there, against the emulator: documentation that cannot rot.</summary>
public sealed class ReadmeExampleTests
{
    [Fact]
    public async Task Readme_usage_example_runs()
    {
        await using var emulator = await BceEmulator.StartAsync();
        var accessKeyId = EmulatorDefaults.Primary.AccessKeyId;
        var secretAccessKey = EmulatorDefaults.Primary.SecretAccessKey;
        var output = new List<string>();

        // --- README: "Using the client" (only the endpoint differs: the emulator instead of bcc.bj.baidubce.com) ---
        using var client = new PeerConnClient(
            new BceCredentials(accessKeyId, secretAccessKey),
            new BceClientOptions { Region = "bj", Endpoint = emulator.Endpoint });

        var created = await client.CreatePeerConnAsync(new CreatePeerConnRequest
        {
            LocalVpcId = EmulatorDefaults.PrimaryVpcA, PeerVpcId = EmulatorDefaults.PrimaryVpcB, PeerRegion = "bj", BandwidthInMbps = 10,
            Billing = new Billing { PaymentTiming = PaymentTiming.Postpaid },
        });
        output.Add($"{created.Value.PeerConnId} (request {created.RequestId}, clientToken {created.ClientToken})");

        var detail = new GetPeerConnDetailRequest { PeerConnId = created.Value.PeerConnId!, Role = PeerConnRole.Initiator };
        var active = await client.WaitUntilPeerConnActiveAsync(detail);

        await foreach (var peerConn in client.ListAllPeerConnsAsync())
            output.Add($"{peerConn.PeerConnId} {peerConn.Status}");
        // --- end of the README example ---

        Assert.Equal(PeerConnStatus.Active, active.Value.Status);
        Assert.Equal(2, output.Count);
        Assert.Equal($"{created.Value.PeerConnId} active", output[1]);
    }

    [Fact]
    public async Task Readme_sts_example_gets_and_uses_session_credentials()
    {
        await using var emulator = await BceEmulator.StartAsync();
        var options = new BceClientOptions { Endpoint = emulator.Endpoint };
        var longTermCredentials = new BceCredentials(EmulatorDefaults.Primary.AccessKeyId, EmulatorDefaults.Primary.SecretAccessKey);

        using var sts = new StsClient(longTermCredentials, options);
        using var client = new PeerConnClient(new StsSessionCredentialProvider(sts), options);
        var page = await client.ListPeerConnAsync(new ListPeerConnRequest());

        Assert.Equal(200, page.Status);
    }

    [Fact]
    public async Task Readme_in_process_emulator_example_runs()
    {
        // --- README: "Test your code without a Baidu account", in-process ---
        await using var emulator = await BceEmulator.StartAsync();
        emulator.Faults.Add(new FaultRule(FaultKind.Status503) { Operation = OperationNames.CreatePeerConn, Times = 2 });

        var account = EmulatorDefaults.Primary;
        using var client = new PeerConnClient(
            new BceCredentials(account.AccessKeyId, account.SecretAccessKey),
            new BceClientOptions { Endpoint = emulator.Endpoint });

        var created = await client.CreatePeerConnAsync(new CreatePeerConnRequest
        {
            LocalVpcId = EmulatorDefaults.PrimaryVpcA, PeerVpcId = EmulatorDefaults.PrimaryVpcB, PeerRegion = "bj",
            BandwidthInMbps = 10, Billing = new Billing { PaymentTiming = PaymentTiming.Postpaid },
        });
        Assert.Single(emulator.State.Connections);
        // --- end of the README example ---

        Assert.Equal(3, created.Attempts);
    }
}
