using System.Text.Json;
using Bce.Emulator.Tests.Infrastructure;

namespace Bce.Emulator.Tests.PeerConns;

/// <summary>ListPeerConn: filtering, side selection, marker/maxKeys pagination and its validation.</summary>
public sealed class ListTests(EmulatorSession session) : IClassFixture<EmulatorSession>
{
    [Fact]
    public async Task Pages_through_every_connection_of_a_vpc_in_id_order()
    {
        var hub = Bodies.NewVpcId();
        var created = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            created.Add(await session.Primary.CreateOkAsync(Bodies.Create(hub, Bodies.NewVpcId())));
        }

        var seen = new List<string>();
        string? marker = null;
        var pages = 0;
        do
        {
            var page = await ListOkAsync(session.Primary, $"vpcId={hub}&maxKeys=2" + (marker is null ? string.Empty : $"&marker={marker}"));
            pages++;
            Assert.Equal(2, page.GetProperty("maxKeys").GetInt32());
            var ids = page.GetProperty("peerConns").EnumerateArray().Select(c => c.GetProperty("peerConnId").GetString()!).ToList();
            Assert.Equal(ids.First(), page.GetProperty("marker").GetString());
            seen.AddRange(ids);
            var truncated = page.GetProperty("isTruncated").GetBoolean();
            Assert.Equal(truncated, page.TryGetProperty("nextMarker", out var next));
            marker = truncated ? next.GetString() : null;
        }
        while (marker is not null);

        Assert.Equal(3, pages);
        Assert.Equal(created.Order(StringComparer.Ordinal), seen);
    }

    [Fact]
    public async Task Default_page_size_is_1000_and_an_empty_list_has_no_markers()
    {
        var page = await ListOkAsync(session.Primary, "vpcId=" + Bodies.NewVpcId());
        Assert.Equal(1000, page.GetProperty("maxKeys").GetInt32());
        Assert.Empty(page.GetProperty("peerConns").EnumerateArray());
        Assert.False(page.GetProperty("isTruncated").GetBoolean());
        Assert.False(page.TryGetProperty("marker", out _));
        Assert.False(page.TryGetProperty("nextMarker", out _));
    }

    [Fact]
    public async Task A_vpc_filter_shows_the_side_of_that_vpc()
    {
        var (a, b) = (Bodies.NewVpcId(), Bodies.NewVpcId());
        var id = await session.Primary.CreateOkAsync(Bodies.Create(a, b));
        var viaA = (await ListOkAsync(session.Primary, "vpcId=" + a)).GetProperty("peerConns").EnumerateArray().Single();
        var viaB = (await ListOkAsync(session.Primary, "vpcId=" + b)).GetProperty("peerConns").EnumerateArray().Single();
        Assert.Equal(id, viaA.GetProperty("peerConnId").GetString());
        Assert.Equal("initiator", viaA.GetProperty("role").GetString());
        Assert.Equal("acceptor", viaB.GetProperty("role").GetString());
        Assert.Equal(b, viaB.GetProperty("localVpcId").GetString());
    }

    [Fact]
    public async Task Without_a_filter_each_account_sees_its_connections_once_from_its_side()
    {
        await using var own = await EmulatorSession.StartAsync();
        var same = await Scenarios.SameAccountAsync(own);
        var cross = await Scenarios.CrossAccountAsync(own);

        var primary = (await ListOkAsync(own.Primary, string.Empty)).GetProperty("peerConns").EnumerateArray().ToList();
        Assert.Equal(new[] { same, cross }.Order(StringComparer.Ordinal), primary.Select(c => c.GetProperty("peerConnId").GetString()));
        Assert.All(primary, c => Assert.Equal("initiator", c.GetProperty("role").GetString()));

        var secondary = (await ListOkAsync(own.Secondary, string.Empty)).GetProperty("peerConns").EnumerateArray().Single();
        Assert.Equal(cross, secondary.GetProperty("peerConnId").GetString());
        Assert.Equal("acceptor", secondary.GetProperty("role").GetString());
    }

    [Fact]
    public async Task Deleted_connections_are_not_listed()
    {
        var hub = Bodies.NewVpcId();
        var id = await session.Primary.CreateOkAsync(Bodies.Create(hub, Bodies.NewVpcId()));
        using (var deleted = await session.Primary.DeleteAsync(id))
        {
            await deleted.ShouldBeEmptyOkAsync();
        }

        Assert.Empty((await ListOkAsync(session.Primary, "vpcId=" + hub)).GetProperty("peerConns").EnumerateArray());
    }

    [Fact]
    public async Task A_marker_past_the_end_gives_an_empty_page_that_echoes_it()
    {
        var hub = Bodies.NewVpcId();
        await session.Primary.CreateOkAsync(Bodies.Create(hub, Bodies.NewVpcId()));
        var page = await ListOkAsync(session.Primary, $"vpcId={hub}&marker=peerconn-zzzzzzzzzzzz");
        Assert.Empty(page.GetProperty("peerConns").EnumerateArray());
        Assert.Equal("peerconn-zzzzzzzzzzzz", page.GetProperty("marker").GetString());
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1001")]
    [InlineData("-1")]
    [InlineData("ten")]
    public async Task MaxKeys_outside_1_to_1000_is_InvalidHTTPRequest(string maxKeys)
    {
        using var response = await session.Primary.ListAsync("maxKeys=" + maxKeys);
        await response.ShouldBeErrorAsync(400, "InvalidHTTPRequest");
    }

    private static async Task<JsonElement> ListOkAsync(BceTestClient client, string query)
    {
        using var response = await client.ListAsync(query);
        return await response.ShouldBeJsonAsync();
    }
}
