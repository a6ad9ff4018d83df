using Bce.Emulator.Tests.Infrastructure;

namespace Bce.Emulator.Tests.Vpcs;

/// <summary>clientToken replay and mismatch, and fault rules, for the VPC family exactly as for PeerConn.</summary>
public sealed class VpcIdempotencyAndFaultTests(EmulatorSession session) : IClassFixture<EmulatorSession>, IDisposable
{
    public void Dispose()
    {
        session.Emulator.Faults.Clear();
        session.Emulator.Faults.ResetCounters();
    }

    [Fact]
    public async Task The_same_token_and_create_replays_the_first_vpc()
    {
        var token = Bodies.NewToken();
        var first = await session.Primary.CreateVpcOkAsync(clientToken: token);
        var count = session.Emulator.State.Vpcs.Count;
        var second = await session.Primary.CreateVpcOkAsync(clientToken: token);
        Assert.Equal(first, second);
        Assert.Equal(count, session.Emulator.State.Vpcs.Count);
    }

    [Fact]
    public async Task The_same_token_with_another_cidr_is_IdempotentParameterMismatch()
    {
        var token = Bodies.NewToken();
        await session.Primary.CreateVpcOkAsync("10.0.0.0/16", clientToken: token);
        using var response = await session.Primary.CreateVpcAsync(Bodies.Vpc("10.1.0.0/16"), token);
        await response.ShouldBeErrorAsync(403, "IdempotentParameterMismatch");
    }

    [Fact]
    public async Task A_subnet_create_is_replayed_even_after_the_subnet_was_deleted()
    {
        var vpc = await session.Primary.CreateVpcOkAsync("10.0.0.0/16");
        var token = Bodies.NewToken();
        var body = Bodies.Subnet(vpc, "10.0.7.0/24");
        string id;
        using (var first = await session.Primary.CreateSubnetAsync(body, token))
        {
            id = (await first.ShouldBeJsonAsync()).GetProperty("subnetId").GetString()!;
        }

        using (var deleted = await session.Primary.DeleteSubnetAsync(id))
        {
            await deleted.ShouldBeEmptyOkAsync();
        }

        using var replay = await session.Primary.CreateSubnetAsync(body, token);
        Assert.Equal(id, (await replay.ShouldBeJsonAsync()).GetProperty("subnetId").GetString());
        Assert.Null(session.Emulator.State.FindSubnet(id));
    }

    [Fact]
    public async Task A_failed_create_binds_no_token()
    {
        var token = Bodies.NewToken();
        using (var refused = await session.Primary.CreateVpcAsync(Bodies.Vpc("8.8.8.0/24"), token))
        {
            await refused.ShouldBeErrorAsync(400, "Vpc.InvalidCidr");
        }

        await session.Primary.CreateVpcOkAsync("10.0.0.0/16", clientToken: token);
    }

    [Fact]
    public async Task A_delete_whose_answer_was_lost_is_replayed_with_its_token()
    {
        var vpc = await session.Primary.CreateVpcOkAsync();
        var token = Bodies.NewToken();
        session.Emulator.Faults.Add(new FaultRule(FaultKind.Status500AfterWrite) { Operation = OperationNames.DeleteVpc, Times = 1 });
        using (var lost = await session.Primary.DeleteVpcAsync(vpc, token))
        {
            await lost.ShouldBeErrorAsync(500, "InternalError");
        }

        Assert.Null(session.Emulator.State.FindVpc(vpc));
        using var retry = await session.Primary.DeleteVpcAsync(vpc, token);
        await retry.ShouldBeEmptyOkAsync();
    }

    [Fact]
    public async Task A_create_whose_answer_was_lost_makes_one_vpc()
    {
        var token = Bodies.NewToken();
        var before = session.Emulator.State.Vpcs.Count;
        session.Emulator.Faults.Add(new FaultRule(FaultKind.DropConnectionAfterWrite) { Operation = OperationNames.CreateVpc, Times = 1 });
        await Assert.ThrowsAsync<HttpRequestException>(() => session.Primary.CreateVpcAsync(Bodies.Vpc(), token));
        var id = await session.Primary.CreateVpcOkAsync(clientToken: token);
        Assert.Equal(before + 1, session.Emulator.State.Vpcs.Count);
        Assert.NotNull(session.Emulator.State.FindVpc(id));
    }

    [Theory]
    [InlineData(OperationNames.ListVpcs, "/v1/vpc")]
    [InlineData(OperationNames.GetVpcDetail, "/v1/vpc/" + EmulatorDefaults.PrimaryVpcA)]
    [InlineData(OperationNames.ListSubnets, "/v1/subnet")]
    [InlineData(OperationNames.ListIpReserves, "/v1/subnet/ipreserve")]
    [InlineData(OperationNames.GetVpcDhcpInfo, "/v1/vpc/" + EmulatorDefaults.PrimaryVpcA + "/dhcp")]
    public async Task A_rule_for_one_read_fires_on_it_and_spares_the_others(string operation, string path)
    {
        session.Emulator.Faults.Add(new FaultRule(FaultKind.Status503) { Operation = operation, Times = 1 });
        using (var other = await session.Primary.ListAsync())
        {
            await other.ShouldBeJsonAsync();
        }

        using (var faulted = await session.Primary.SendAsync(HttpMethod.Get, path))
        {
            await faulted.ShouldBeErrorAsync(503, "ServiceUnavailable");
        }

        using var recovered = await session.Primary.SendAsync(HttpMethod.Get, path);
        await recovered.ShouldBeJsonAsync();
        Assert.Equal(2, session.Emulator.Faults.RequestsSeen[operation]);
    }

    [Fact]
    public void Every_new_operation_has_a_name_fault_rules_accept()
    {
        string[] names =
        [
            "CreateVpc", "ListVpcs", "GetVpcDetail", "UpdateVpc", "DeleteVpc", "GetPrivateIpAddressesInfo", "CreateVpcDhcp",
            "UpdateVpcDhcp", "GetVpcDhcpInfo", "OpenVpcRelay", "ShutdownVpcRelay", "CreateSubnet", "ListSubnets",
            "GetSubnetDetail", "UpdateSubnet", "DeleteSubnet", "CreateIpReserve", "ListIpReserves", "DeleteIpReserve",
        ];
        Assert.All(names, name => Assert.Contains(name, OperationNames.All));
        Assert.All(names, name => _ = new FaultRule(FaultKind.Status500) { Operation = name });
        Assert.Equal(OperationNames.All.Count, OperationNames.All.Distinct().Count());
    }
}
