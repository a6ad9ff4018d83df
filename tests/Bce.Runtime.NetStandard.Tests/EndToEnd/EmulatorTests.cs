using Bce.Emulator;
using Bce.Runtime.Credentials;
using Bce.Runtime.Errors;
using Bce.Vpc.PeerConnections;

namespace Bce.Runtime.NetStandard.Tests.EndToEnd;

/// <summary>
/// The generated client over the netstandard2.0 pipeline against the emulator, which verifies every signature with its
/// own verifier: the pooled signer, the HttpClientHandler transport, retries with the same clientToken, and typed
/// errors with code and request id, as on net10.0.
/// </summary>
public sealed class EmulatorTests
{
    [Fact]
    public async Task Create_then_get_is_signed_retried_and_read_as_on_net10()
    {
        await using var emulator = await BceEmulator.StartAsync();
        emulator.Faults.Add(new FaultRule(FaultKind.Status503) { Operation = OperationNames.CreatePeerConn, Times = 1 });
        using var client = NewClient(emulator);

        var created = await client.CreatePeerConnAsync(new CreatePeerConnRequest
        {
            LocalVpcId = EmulatorDefaults.PrimaryVpcA, PeerVpcId = EmulatorDefaults.PrimaryVpcB, PeerRegion = "bj",
            BandwidthInMbps = 10, Billing = new Billing { PaymentTiming = PaymentTiming.Postpaid },
        });
        var detail = await client.GetPeerConnDetailAsync(
            new GetPeerConnDetailRequest { PeerConnId = created.Value.PeerConnId!, Role = PeerConnRole.Initiator });

        Assert.Single(emulator.State.Connections);
        Assert.Equal(created.Value.PeerConnId, detail.Value.PeerConnId);
        Assert.False(string.IsNullOrEmpty(detail.RequestId));
    }

    [Fact]
    public async Task A_service_error_is_a_BceServiceException_with_code_and_request_id_and_no_secret()
    {
        await using var emulator = await BceEmulator.StartAsync();
        using var client = NewClient(emulator);

        var error = await Assert.ThrowsAsync<BceServiceException>(() => client.GetPeerConnDetailAsync(
            new GetPeerConnDetailRequest { PeerConnId = "peerconn-missing", Role = PeerConnRole.Initiator }));

        Assert.False(string.IsNullOrEmpty(error.ErrorCode));
        Assert.False(string.IsNullOrEmpty(error.RequestId));
        Assert.DoesNotContain(EmulatorDefaults.Primary.SecretAccessKey, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_page_is_read_lazily()
    {
        await using var emulator = await BceEmulator.StartAsync();
        using var client = NewClient(emulator);
        await client.CreatePeerConnAsync(new CreatePeerConnRequest
        {
            LocalVpcId = EmulatorDefaults.PrimaryVpcA, PeerVpcId = EmulatorDefaults.PrimaryVpcB, PeerRegion = "bj",
            BandwidthInMbps = 10, Billing = new Billing { PaymentTiming = PaymentTiming.Postpaid },
        });

        var all = new List<Bce.Vpc.PeerConnections.PeerConn>();
        await foreach (var peerConn in client.ListAllPeerConnsAsync())
        {
            all.Add(peerConn);
        }

        Assert.Single(all);
    }

    [Fact]
    public async Task STS_session_keys_are_fetched_once_refreshed_under_the_lock_and_sign_every_call()
    {
        await using var emulator = await BceEmulator.StartAsync();
        var options = new BceClientOptions { Endpoint = emulator.Endpoint };
        using var sts = new Bce.Runtime.Sts.StsClient(
            new BceCredentials(EmulatorDefaults.Primary.AccessKeyId, EmulatorDefaults.Primary.SecretAccessKey), options);
        using var client = new PeerConnClient(new Bce.Runtime.Sts.StsSessionCredentialProvider(sts, durationSeconds: 3600), options);

        var created = await client.CreatePeerConnAsync(new CreatePeerConnRequest
        {
            LocalVpcId = EmulatorDefaults.PrimaryVpcA, PeerVpcId = EmulatorDefaults.PrimaryVpcB, PeerRegion = "bj",
            BandwidthInMbps = 10, Billing = new Billing { PaymentTiming = PaymentTiming.Postpaid },
        });
        await client.GetPeerConnDetailAsync(new GetPeerConnDetailRequest { PeerConnId = created.Value.PeerConnId!, Role = PeerConnRole.Initiator });

        Assert.Equal(1, emulator.Faults.RequestsSeen[OperationNames.GetSessionToken]);
        Assert.Equal(EmulatorDefaults.Primary.AccountId, emulator.State.Find(created.Value.PeerConnId!)!.InitiatorAccountId);
    }

    private static PeerConnClient NewClient(BceEmulator emulator) =>
        new(
            new BceCredentials(EmulatorDefaults.Primary.AccessKeyId, EmulatorDefaults.Primary.SecretAccessKey),
            new BceClientOptions { Endpoint = emulator.Endpoint, Retry = { Delay = TimeSpan.FromMilliseconds(1) } });
}
