using Bce.Vpc.PeerConnections;
using PeerConn.Client.Tests.EndToEnd.Infrastructure;

namespace PeerConn.Client.Tests.EndToEnd;

/// <summary>
/// Text that needs escaping travels intact and stays correctly signed: non-ASCII descriptions and tags in bodies,
/// reserved characters in path ids, query values and clientTokens.
/// </summary>
public sealed class EncodingEndToEndTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorHarness _h;

    public EncodingEndToEndTests(EmulatorFixture fixture) => _h = fixture.Harness;

    [Fact]
    public async Task Non_ascii_and_json_special_text_round_trips_through_create_update_and_detail()
    {
        const string description = "对等连接 \"quoted\" \\ back/slash \u00e9 \U0001F600 <tag> & ok";
        var request = PeerConnRequests.SameAccount();
        request.Description = description;
        request.Tags = [new Tag { TagKey = "环境", TagValue = "生产 / prod=1&x" }];
        var id = (await _h.Primary.CreatePeerConnAsync(request)).Value.PeerConnId!;

        var detail = (await _h.DetailAsync(id)).Value;
        Assert.Equal(description, detail.Description);
        var tag = Assert.Single(detail.Tags!);
        Assert.Equal(("环境", "生产 / prod=1&x"), (tag.TagKey, tag.TagValue));

        await _h.Primary.UpdatePeerConnAsync(new UpdatePeerConnRequest { PeerConnId = id, LocalIfId = detail.LocalIfId!, LocalIfName = "名字 +%20" });
        Assert.Equal("名字 +%20", (await _h.DetailAsync(id)).Value.LocalIfName);
    }

    [Theory]
    [InlineData("peerconn-with space")]
    [InlineData("peerconn-ünïcode")]
    [InlineData("peerconn-a+b=c&d")]
    [InlineData("peerconn-%41")]
    [InlineData("peerconn-semi;colon:at@")]
    public async Task Id_with_reserved_characters_is_signed_correctly_and_reported_missing(string id)
    {
        await ServiceError.ThrowsAsync(PeerConnErrorCodes.NoSuchObject, 404, () => _h.DetailAsync(id));
        await ServiceError.ThrowsAsync(
            PeerConnErrorCodes.NoSuchObject,
            404,
            () => _h.Primary.DeletePeerConnAsync(new DeletePeerConnRequest { PeerConnId = id }));
    }

    [Theory]
    [InlineData("vpc-with space")]
    [InlineData("vpc-ünïcode")]
    [InlineData("vpc-a+b=c&d/e")]
    [InlineData("vpc-%41~*")]
    public async Task Vpc_id_with_reserved_characters_filters_the_list(string vpcId)
    {
        var id = await _h.CreateSameAccountAsync(vpcId);

        var listed = await _h.Primary.ListPeerConnAsync(new ListPeerConnRequest { VpcId = vpcId });

        Assert.Equal(id, Assert.Single(listed.Value.PeerConns!).PeerConnId);
        Assert.Equal(vpcId, listed.Value.PeerConns![0].LocalVpcId);
    }

    [Theory]
    [InlineData("tok+en/=&?#%41")]
    [InlineData("~!*'();:@$,[]")]
    public async Task Client_token_with_reserved_ascii_characters_is_signed_and_replayed(string token)
    {
        var request = PeerConnRequests.SameAccount();
        request.ClientToken = token;

        var first = await _h.Primary.CreatePeerConnAsync(request);
        var second = await _h.Primary.CreatePeerConnAsync(request);

        Assert.Equal(first.Value.PeerConnId, second.Value.PeerConnId);
        Assert.Equal(token, first.ClientToken);
        Assert.Single(_h.LiveConnectionsOf(request.LocalVpcId));
    }

    [Fact]
    public async Task Client_token_that_is_not_printable_ascii_is_refused_before_sending()
    {
        var request = PeerConnRequests.SameAccount();
        request.ClientToken = "token with spaces";
        var before = _h.Emulator.Faults.RequestsSeen.GetValueOrDefault("CreatePeerConn");

        var error = await Assert.ThrowsAsync<ArgumentException>(() => _h.Primary.CreatePeerConnAsync(request));
        Assert.Equal("request", error.ParamName);

        Assert.Equal(before, _h.Emulator.Faults.RequestsSeen.GetValueOrDefault("CreatePeerConn"));
        Assert.Empty(_h.LiveConnectionsOf(request.LocalVpcId));
    }
}
