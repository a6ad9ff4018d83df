using Bce.Emulator;
using Bce.Runtime.Credentials;
using Bce.Runtime.Sts;
using Bce.Vpc.PeerConnections;
using PeerConn.Client.Tests.EndToEnd.Infrastructure;

namespace PeerConn.Client.Tests.EndToEnd;

/// <summary>
/// Credentials end to end: STS session keys from the emulator work through StsSessionCredentialProvider and act as
/// the account that asked for them; bad keys are refused with the exact code, once, without a retry.
/// </summary>
public sealed class CredentialEndToEndTests : IAsyncLifetime
{
    private EmulatorHarness _h = null!;

    public async Task InitializeAsync() => _h = await EmulatorHarness.StartAsync();

    public async Task DisposeAsync() => await _h.DisposeAsync();

    [Fact]
    public async Task Sts_client_gets_session_keys_for_the_calling_account()
    {
        using var sts = new StsClient(EmulatorHarness.PrimaryCredentials, _h.ClientOptions());
        var before = _h.Clock.GetUtcNow();

        var session = await sts.GetSessionTokenAsync(durationSeconds: 900);

        Assert.Equal(EmulatorDefaults.Primary.AccountId, session.UserId);
        Assert.NotEqual(EmulatorDefaults.Primary.AccessKeyId, session.AccessKeyId);
        Assert.False(string.IsNullOrEmpty(session.SessionToken));
        Assert.NotNull(session.Expiration);
        Assert.InRange(session.Expiration.Value, before.AddSeconds(898), _h.Clock.GetUtcNow().AddSeconds(902));
    }

    [Fact]
    public async Task Session_credentials_from_the_provider_sign_peer_conn_calls_as_the_account()
    {
        using var sts = new StsClient(EmulatorHarness.PrimaryCredentials, _h.ClientOptions());
        var client = _h.NewClient(new StsSessionCredentialProvider(sts, durationSeconds: 3600));
        var request = PeerConnRequests.CrossAccount();

        var id = (await client.CreatePeerConnAsync(request)).Value.PeerConnId!;
        var detail = (await client.GetPeerConnDetailAsync(new GetPeerConnDetailRequest { PeerConnId = id })).Value;
        await _h.Secondary.AcceptPeerConnApplyAsync(new AcceptPeerConnApplyRequest { PeerConnId = id });
        await client.ResizePeerConnAsync(new ResizePeerConnRequest { PeerConnId = id, NewBandwidthInMbps = 15 });

        Assert.Equal(PeerConnRole.Initiator, detail.Role);
        var snapshot = _h.Emulator.State.Find(id)!;
        Assert.Equal(EmulatorDefaults.Primary.AccountId, snapshot.InitiatorAccountId);
        Assert.Equal(15, snapshot.BandwidthInMbps);
        // The provider asked STS once and reused the session for every call.
        Assert.Equal(1, _h.Emulator.Faults.RequestsSeen[OperationNames.GetSessionToken]);
        // What the session created is the long-term account's: its plain client sees it too.
        Assert.Equal(id, (await _h.DetailAsync(id)).Value.PeerConnId);
    }

    [Fact]
    public async Task Session_keys_with_a_wrong_session_token_are_403_InvalidSessionToken()
    {
        using var sts = new StsClient(EmulatorHarness.PrimaryCredentials, _h.ClientOptions());
        var session = await sts.GetSessionTokenAsync(durationSeconds: 900);
        var client = _h.NewClient(new BceCredentials(session.AccessKeyId, session.SecretAccessKey, "bm90LXRoZS10b2tlbg=="));

        var error = await ServiceError.ThrowsAsync(
            PeerConnErrorCodes.InvalidSessionToken,
            403,
            () => client.ListPeerConnAsync(new ListPeerConnRequest()));

        Assert.Equal(1, error.Attempts);
    }

    [Fact]
    public async Task Session_keys_without_their_token_are_403_InvalidSessionToken()
    {
        using var sts = new StsClient(EmulatorHarness.PrimaryCredentials, _h.ClientOptions());
        var session = await sts.GetSessionTokenAsync(durationSeconds: 900);
        var client = _h.NewClient(new BceCredentials(session.AccessKeyId, session.SecretAccessKey));

        await ServiceError.ThrowsAsync(PeerConnErrorCodes.InvalidSessionToken, 403, () => client.ListPeerConnAsync(new ListPeerConnRequest()));
    }

    [Fact]
    public async Task Wrong_secret_key_is_400_SignatureDoesNotMatch_and_creates_nothing()
    {
        var client = _h.NewClient(new BceCredentials(EmulatorDefaults.Primary.AccessKeyId, "b000000000000000000000000000000f"));
        var request = PeerConnRequests.SameAccount();

        var error = await ServiceError.ThrowsAsync(PeerConnErrorCodes.SignatureDoesNotMatch, 400, () => client.CreatePeerConnAsync(request));

        Assert.Equal(1, error.Attempts);
        Assert.Empty(_h.Emulator.State.Connections);
    }

    [Fact]
    public async Task Unknown_access_key_is_403_InvalidAccessKeyId()
    {
        var client = _h.NewClient(new BceCredentials("a00000000000000000000000000000ff", EmulatorDefaults.Primary.SecretAccessKey));

        var error = await ServiceError.ThrowsAsync(
            PeerConnErrorCodes.InvalidAccessKeyId,
            403,
            () => client.GetPeerConnDetailAsync(new GetPeerConnDetailRequest { PeerConnId = "peerconn-doesnotexist" }));

        Assert.Equal(1, error.Attempts);
    }

    [Fact]
    public async Task Sts_with_a_wrong_secret_surfaces_through_the_provider_as_a_client_error_naming_the_call()
    {
        using var sts = new StsClient(new BceCredentials(EmulatorDefaults.Primary.AccessKeyId, "b000000000000000000000000000000f"), _h.ClientOptions());
        var client = _h.NewClient(new StsSessionCredentialProvider(sts, durationSeconds: 900));

        var error = await Assert.ThrowsAsync<Bce.Runtime.Errors.BceClientException>(() => client.CreatePeerConnAsync(PeerConnRequests.SameAccount()));

        Assert.Equal(OperationNames.CreatePeerConn, error.OperationName);
        var inner = Assert.IsType<Bce.Runtime.Errors.BceServiceException>(error.InnerException);
        Assert.Equal((400, PeerConnErrorCodes.SignatureDoesNotMatch), (inner.StatusCode, inner.ErrorCode));
        Assert.False(_h.Emulator.Faults.RequestsSeen.ContainsKey(OperationNames.CreatePeerConn));
    }

    [Fact]
    public async Task Session_credentials_are_refreshed_before_they_expire_on_the_shared_clock()
    {
        var clock = new MovableClock();
        await using var h = await EmulatorHarness.StartAsync(new EmulatorOptions { TimeProvider = clock });
        using var sts = new StsClient(EmulatorHarness.PrimaryCredentials, h.ClientOptions());
        var provider = new StsSessionCredentialProvider(sts, durationSeconds: 900, options: new RefreshingCredentialProviderOptions { TimeProvider = clock });
        var client = h.NewClient(provider);
        var id = (await client.CreatePeerConnAsync(PeerConnRequests.SameAccount())).Value.PeerConnId!;
        var firstExpiry = provider.ExpiresAt;

        clock.Advance(TimeSpan.FromMinutes(11));
        await client.GetPeerConnDetailAsync(new GetPeerConnDetailRequest { PeerConnId = id });
        clock.Advance(TimeSpan.FromMinutes(20));
        await client.ResizePeerConnAsync(new ResizePeerConnRequest { PeerConnId = id, NewBandwidthInMbps = 30 });

        Assert.Equal(3, h.Emulator.Faults.RequestsSeen[OperationNames.GetSessionToken]);
        Assert.True(provider.ExpiresAt > firstExpiry);
        Assert.Equal(30, h.Emulator.State.Find(id)!.BandwidthInMbps);
    }

    [Fact]
    public async Task Session_keys_used_after_they_expired_are_403_InvalidSessionToken()
    {
        var clock = new MovableClock();
        await using var h = await EmulatorHarness.StartAsync(new EmulatorOptions { TimeProvider = clock });
        using var sts = new StsClient(EmulatorHarness.PrimaryCredentials, h.ClientOptions());
        var session = await sts.GetSessionTokenAsync(durationSeconds: 900);
        var client = h.NewClient(session.ToCredentials());
        await client.ListPeerConnAsync(new ListPeerConnRequest());

        clock.Advance(TimeSpan.FromMinutes(16));

        await ServiceError.ThrowsAsync(PeerConnErrorCodes.InvalidSessionToken, 403, () => client.ListPeerConnAsync(new ListPeerConnRequest()));
    }

    [Fact]
    public async Task Transient_sts_faults_are_retried_by_the_sts_client_and_the_call_goes_through()
    {
        _h.Emulator.Faults.Add(new FaultRule(FaultKind.Status503) { Operation = OperationNames.GetSessionToken, Times = 1 });
        _h.Emulator.Faults.Add(new FaultRule(FaultKind.DropConnection) { Operation = OperationNames.GetSessionToken, Times = 1 });
        using var sts = new StsClient(EmulatorHarness.PrimaryCredentials, _h.ClientOptions());
        var client = _h.NewClient(new StsSessionCredentialProvider(sts));

        var id = (await client.CreatePeerConnAsync(PeerConnRequests.SameAccount())).Value.PeerConnId!;

        Assert.Equal(3, _h.Emulator.Faults.RequestsSeen[OperationNames.GetSessionToken]);
        Assert.Equal(1, _h.Emulator.Faults.RequestsSeen[OperationNames.CreatePeerConn]);
        Assert.Equal(EmulatorDefaults.Primary.AccountId, _h.Emulator.State.Find(id)!.InitiatorAccountId);
    }
}
