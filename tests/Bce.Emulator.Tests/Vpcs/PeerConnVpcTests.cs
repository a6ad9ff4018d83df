using Bce.Emulator.Tests.Infrastructure;

namespace Bce.Emulator.Tests.Vpcs;

/// <summary>
/// How peer connections and VPCs meet: a created VPC belongs to its creator, seeded VPCs are records, invented ids are
/// still claimed on first use (without becoming records), and a VPC with a live connection cannot be deleted.
/// </summary>
public sealed class PeerConnVpcTests(EmulatorSession session) : IClassFixture<EmulatorSession>
{
    private static readonly string Secondary = EmulatorDefaults.Secondary.AccountId;

    [Fact]
    public async Task A_created_vpc_peers_for_its_creator_and_as_the_peer_of_another_account()
    {
        var mine = await session.Primary.CreateVpcOkAsync("10.50.0.0/16");
        var theirs = await session.Secondary.CreateVpcOkAsync("10.60.0.0/16");
        var id = await session.Primary.CreateOkAsync(Bodies.Create(mine, theirs, Secondary));
        var snapshot = session.Emulator.State.Find(id)!;
        Assert.Equal((mine, theirs, Secondary), (snapshot.InitiatorVpcId, snapshot.AcceptorVpcId, snapshot.AcceptorAccountId));
    }

    [Fact]
    public async Task Naming_another_accounts_created_vpc_is_PeerConn_InvalidParameter()
    {
        var theirs = await session.Secondary.CreateVpcOkAsync();
        using (var asLocal = await session.Primary.CreateAsync(Bodies.Create(theirs, Bodies.NewVpcId())))
        {
            await asLocal.ShouldBeErrorAsync(400, "PeerConn.InvalidParameter");
        }

        using var asSameAccountPeer = await session.Primary.CreateAsync(Bodies.Create(Bodies.NewVpcId(), theirs));
        await asSameAccountPeer.ShouldBeErrorAsync(400, "PeerConn.InvalidParameter");
    }

    [Fact]
    public async Task A_claimed_vpc_id_is_owned_but_is_not_a_vpc_record()
    {
        var invented = Bodies.NewVpcId();
        await session.Primary.CreateOkAsync(Bodies.Create(invented, Bodies.NewVpcId()));
        Assert.Null(session.Emulator.State.FindVpc(invented));
        Assert.DoesNotContain(invented, (await session.Primary.ListVpcsOkAsync()).Ids("vpcs", "vpcId"));
        using (var detail = await session.Primary.GetVpcAsync(invented))
        {
            await detail.ShouldBeErrorAsync(404, "NoSuchObject");
        }

        using var stolen = await session.Secondary.CreateAsync(Bodies.Create(invented, Bodies.NewVpcId()));
        await stolen.ShouldBeErrorAsync(400, "PeerConn.InvalidParameter");
    }

    [Fact]
    public async Task A_vpc_with_a_peer_connection_in_any_live_status_is_Vpc_InUse_until_it_is_deleted()
    {
        var mine = await session.Primary.CreateVpcOkAsync();
        var id = await session.Primary.CreateOkAsync(Bodies.Create(mine, Bodies.NewVpcId(), Secondary));
        using (var rejected = await session.Secondary.ActionAsync(id, "reject"))
        {
            await rejected.ShouldBeEmptyOkAsync();
        }

        using (var refused = await session.Primary.DeleteVpcAsync(mine))
        {
            Assert.Contains("peer connection", await refused.ShouldBeErrorAsync(409, "Vpc.InUse"));
        }

        using (var deleted = await session.Primary.DeleteAsync(id))
        {
            await deleted.ShouldBeEmptyOkAsync();
        }

        using var response = await session.Primary.DeleteVpcAsync(mine);
        await response.ShouldBeEmptyOkAsync();
    }

    [Fact]
    public async Task The_peer_side_holds_its_vpc_too()
    {
        var theirs = await session.Secondary.CreateVpcOkAsync();
        await session.Primary.CreateOkAsync(Bodies.Create(Bodies.NewVpcId(), theirs, Secondary));
        using var refused = await session.Secondary.DeleteVpcAsync(theirs);
        await refused.ShouldBeErrorAsync(409, "Vpc.InUse");
    }

    [Fact]
    public async Task A_deleted_vpc_can_no_longer_be_peered_or_claimed()
    {
        var gone = await session.Primary.CreateVpcOkAsync();
        using (var deleted = await session.Primary.DeleteVpcAsync(gone))
        {
            await deleted.ShouldBeEmptyOkAsync();
        }

        using (var own = await session.Primary.CreateAsync(Bodies.Create(gone, Bodies.NewVpcId())))
        {
            Assert.Contains("deleted", await own.ShouldBeErrorAsync(400, "PeerConn.InvalidParameter"));
        }

        using var other = await session.Secondary.CreateAsync(Bodies.Create(gone, Bodies.NewVpcId()));
        await other.ShouldBeErrorAsync(400, "PeerConn.InvalidParameter");
    }

    [Fact]
    public async Task A_seeded_vpc_with_a_connection_is_held_as_well()
    {
        await using var own = await EmulatorSession.StartAsync();
        await own.Primary.CreateOkAsync(Bodies.Create(EmulatorDefaults.PrimaryVpcB, EmulatorDefaults.SecondaryVpcB, Secondary));
        using var refused = await own.Secondary.DeleteVpcAsync(EmulatorDefaults.SecondaryVpcB);
        await refused.ShouldBeErrorAsync(409, "Vpc.InUse");
    }

    [Fact]
    public async Task Accounts_given_in_options_get_their_seeded_vpcs_as_records()
    {
        var account = new EmulatorAccount("acct-own", "ak-own", "sk-own") { VpcIds = ["vpc-ownseeded01", "vpc-ownseeded02"] };
        await using var own = await EmulatorSession.StartAsync(o => o.Accounts.Add(account));
        var vpcs = (await own.ClientFor(account).ListVpcsOkAsync()).GetProperty("vpcs").EnumerateArray().ToList();
        Assert.Equal(["vpc-ownseeded01", "vpc-ownseeded02"], vpcs.Select(v => v.GetProperty("vpcId").GetString()));
        Assert.Equal(["10.0.0.0/16", "10.1.0.0/16"], vpcs.Select(v => v.GetProperty("cidr").GetString()));
        Assert.All(own.Emulator.State.Vpcs, v => Assert.Equal("acct-own", v.AccountId));
    }
}
