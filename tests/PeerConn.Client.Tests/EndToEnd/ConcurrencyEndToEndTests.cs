using Bce.Runtime.Errors;
using Bce.Vpc.PeerConnections;
using PeerConn.Client.Tests.EndToEnd.Infrastructure;

namespace PeerConn.Client.Tests.EndToEnd;

/// <summary>
/// Calls racing each other through one client: a shared clientToken still yields one connection, competing creates of
/// one VPC pair yield one winner, and racing conditional writes let exactly one through.
/// </summary>
public sealed class ConcurrencyEndToEndTests : IClassFixture<EmulatorFixture>
{
    private const int Racers = 8;
    private readonly EmulatorHarness _h;

    public ConcurrencyEndToEndTests(EmulatorFixture fixture) => _h = fixture.Harness;

    [Fact]
    public async Task Concurrent_identical_creates_sharing_a_token_yield_one_connection()
    {
        var request = PeerConnRequests.SameAccount();
        request.ClientToken = Guid.NewGuid().ToString("D");

        var responses = await Task.WhenAll(Enumerable.Range(0, Racers).Select(_ => _h.Primary.CreatePeerConnAsync(request)));

        var id = Assert.Single(responses.Select(r => r.Value.PeerConnId).Distinct());
        Assert.Equal(id, Assert.Single(_h.LiveConnectionsOf(request.LocalVpcId)).PeerConnId);
    }

    [Fact]
    public async Task Concurrent_creates_of_one_vpc_pair_have_one_winner_and_the_rest_get_VpcPairExists()
    {
        var localVpcId = PeerConnRequests.NewVpcId();
        var peerVpcId = PeerConnRequests.NewVpcId();

        var outcomes = await Task.WhenAll(Enumerable.Range(0, Racers).Select(async _ =>
        {
            try
            {
                return (await _h.Primary.CreatePeerConnAsync(PeerConnRequests.SameAccount(localVpcId, peerVpcId))).Value.PeerConnId;
            }
            catch (BceServiceException e) when (e.ErrorCode == PeerConnErrorCodes.VpcPairExists && e.StatusCode == 409)
            {
                return null;
            }
        }));

        var winner = Assert.Single(outcomes, o => o is not null);
        Assert.Equal(winner, Assert.Single(_h.LiveConnectionsOf(localVpcId)).PeerConnId);
    }

    [Fact]
    public async Task Racing_writes_with_the_same_if_match_let_exactly_one_through()
    {
        var id = await _h.CreateSameAccountAsync(bandwidth: 10);
        var etag = (await _h.DetailAsync(id)).ETag;

        var outcomes = await Task.WhenAll(Enumerable.Range(0, Racers).Select(async i =>
        {
            try
            {
                await _h.Primary.ResizePeerConnAsync(new ResizePeerConnRequest { PeerConnId = id, NewBandwidthInMbps = 100 + i, IfMatch = etag });
                return 100 + i;
            }
            catch (BceServiceException e) when (e.ErrorCode == PeerConnErrorCodes.PreconditionFailed && e.StatusCode == 412)
            {
                return 0;
            }
        }));

        var applied = Assert.Single(outcomes, o => o != 0);
        Assert.Equal(applied, (await _h.DetailAsync(id)).Value.BandwidthInMbps);
    }
}
