using Bce.Emulator.Tests.Infrastructure;

namespace Bce.Emulator.Tests.Vpcs;

/// <summary>DeleteVpc: the id is gone afterwards; subnets and peer connections hold a VPC.</summary>
public sealed class DeleteVpcTests(EmulatorSession session) : IClassFixture<EmulatorSession>
{
    [Fact]
    public async Task Deletes_an_empty_vpc_and_forgets_its_id()
    {
        var id = await session.Primary.CreateVpcOkAsync();
        using (var response = await session.Primary.DeleteVpcAsync(id, Bodies.NewToken()))
        {
            await response.ShouldBeEmptyOkAsync();
        }

        Assert.Null(session.Emulator.State.FindVpc(id));
        using (var detail = await session.Primary.GetVpcAsync(id))
        {
            await detail.ShouldBeErrorAsync(404, "NoSuchObject");
        }

        using var again = await session.Primary.DeleteVpcAsync(id);
        await again.ShouldBeErrorAsync(404, "NoSuchObject");
    }

    [Fact]
    public async Task A_vpc_with_a_subnet_is_Vpc_InUse_until_the_subnet_is_deleted()
    {
        var id = await session.Primary.CreateVpcOkAsync("10.0.0.0/16");
        var subnet = await session.Primary.CreateSubnetOkAsync(id, "10.0.0.0/24");
        using (var refused = await session.Primary.DeleteVpcAsync(id))
        {
            var message = await refused.ShouldBeErrorAsync(409, "Vpc.InUse");
            Assert.Contains(subnet, message);
        }

        using (var deleted = await session.Primary.DeleteSubnetAsync(subnet))
        {
            await deleted.ShouldBeEmptyOkAsync();
        }

        using var response = await session.Primary.DeleteVpcAsync(id);
        await response.ShouldBeEmptyOkAsync();
    }

    [Fact]
    public async Task Another_accounts_vpc_is_NoSuchObject_and_stays()
    {
        using var response = await session.Secondary.DeleteVpcAsync(EmulatorDefaults.PrimaryVpcC);
        await response.ShouldBeErrorAsync(404, "NoSuchObject");
        Assert.NotNull(session.Emulator.State.FindVpc(EmulatorDefaults.PrimaryVpcC));
    }

    [Fact]
    public async Task A_stale_if_match_is_PreconditionFailed()
    {
        var id = await session.Primary.CreateVpcOkAsync();
        using var response = await session.Primary.DeleteVpcAsync(id, ifMatch: "\"stale\"");
        await response.ShouldBeErrorAsync(412, "PreconditionFailed");
        Assert.NotNull(session.Emulator.State.FindVpc(id));
    }
}
