using Bce.Emulator.Tests.Infrastructure;

namespace Bce.Emulator.Tests.Vpcs;

/// <summary>
/// The rest of vpc.go: DHCP options, relay, private IP address information, and the two operations that are not
/// emulated.
/// </summary>
public sealed class VpcSettingsTests(EmulatorSession session) : IClassFixture<EmulatorSession>
{
    [Fact]
    public async Task Dhcp_options_are_created_read_replaced_and_removed_by_an_empty_update()
    {
        var vpc = await session.Primary.CreateVpcOkAsync();
        Assert.Equal($$$"""{"vpcId":"{{{vpc}}}","dhcpOptions":{"domainName":"","domainNameServers":""}}""", await DhcpTextAsync(vpc));

        await OkAsync(HttpMethod.Post, vpc, """{"domainNameServers":"3.3.3.5"}""");
        Assert.Equal($$$"""{"vpcId":"{{{vpc}}}","dhcpOptions":{"domainName":"","domainNameServers":"3.3.3.5"}}""", await DhcpTextAsync(vpc));
        using (var twice = await session.Primary.SendAsync(HttpMethod.Post, $"/v1/vpc/{vpc}/dhcp", """{"domainNameServers":"3.3.3.6"}"""))
        {
            await twice.ShouldBeErrorAsync(409, "Vpc.DhcpOptionsExist");
        }

        await OkAsync(HttpMethod.Put, vpc, """{"domainNameServers":"1.1.1.1, 8.8.8.8"}""");
        Assert.Contains("\"domainNameServers\":\"1.1.1.1,8.8.8.8\"", await DhcpTextAsync(vpc));
        await OkAsync(HttpMethod.Put, vpc, """{"domainNameServers":""}""");
        Assert.Contains("\"domainNameServers\":\"\"", await DhcpTextAsync(vpc));
        await OkAsync(HttpMethod.Post, vpc, """{"domainNameServers":"3.3.3.5"}""");
    }

    [Theory]
    [InlineData("POST", """{}""")]
    [InlineData("POST", """{"domainNameServers":""}""")]
    [InlineData("PUT", """{"domainNameServers":"dns.example.com"}""")]
    [InlineData("PUT", """{"domainNameServers":null}""")]
    public async Task Dhcp_servers_must_be_ipv4_addresses_and_present(string method, string body)
    {
        using var response = await session.Primary.SendAsync(new HttpMethod(method), $"/v1/vpc/{EmulatorDefaults.PrimaryVpcA}/dhcp", body);
        Assert.Contains("domainNameServers", await response.ShouldBeErrorAsync(400, "InappropriateJSON"));
    }

    [Fact]
    public async Task Dhcp_of_another_accounts_vpc_is_NoSuchObject()
    {
        using var response = await session.Secondary.SendAsync(HttpMethod.Get, $"/v1/vpc/{EmulatorDefaults.PrimaryVpcA}/dhcp");
        await response.ShouldBeErrorAsync(404, "NoSuchObject");
    }

    [Fact]
    public async Task OpenRelay_and_ShutdownRelay_set_relay_in_the_detail()
    {
        var vpc = await session.Primary.CreateVpcOkAsync();
        using (var open = await session.Primary.SendAsync(HttpMethod.Put, $"/v1/vpc/openRelay/{vpc}?clientToken={Bodies.NewToken()}"))
        {
            await open.ShouldBeEmptyOkAsync();
        }

        Assert.True((await session.Primary.GetVpcOkAsync(vpc)).GetProperty("relay").GetBoolean());
        using (var shut = await session.Primary.SendAsync(HttpMethod.Put, $"/v1/vpc/shutdownRelay/{vpc}"))
        {
            await shut.ShouldBeEmptyOkAsync();
        }

        Assert.False(session.Emulator.State.FindVpc(vpc)!.Relay);
        using var other = await session.Secondary.SendAsync(HttpMethod.Put, $"/v1/vpc/openRelay/{vpc}");
        await other.ShouldBeErrorAsync(404, "NoSuchObject");
    }

    [Theory]
    [InlineData("")]
    [InlineData("?privateIpAddresses=10.0.0.1%2C10.0.0.2")]
    [InlineData("?privateIpAddresses=10.0.0.1&privateIpAddresses=10.0.0.2")]
    [InlineData("?privateIpRange=10.0.0.1-10.0.0.9")]
    public async Task Private_ip_information_is_an_empty_list_because_no_instance_holds_an_address(string query)
    {
        using var response = await session.Primary.SendAsync(HttpMethod.Get, $"/v1/vpc/{EmulatorDefaults.PrimaryVpcA}/privateIpAddressInfo{query}");
        Assert.Equal("""{"vpcPrivateIpAddresses":[]}""", (await response.ShouldBeJsonAsync()).GetRawText());
    }

    [Theory]
    [InlineData("?privateIpAddresses=10.0.0.256")]
    [InlineData("?privateIpAddresses=host.example")]
    [InlineData("?privateIpRange=10.0.0.9-10.0.0.1")]
    [InlineData("?privateIpRange=10.0.0.1")]
    public async Task Private_ip_queries_that_are_not_ipv4_addresses_are_InvalidHTTPRequest(string query)
    {
        using var response = await session.Primary.SendAsync(HttpMethod.Get, $"/v1/vpc/{EmulatorDefaults.PrimaryVpcA}/privateIpAddressInfo{query}");
        await response.ShouldBeErrorAsync(400, "InvalidHTTPRequest");
    }

    [Fact]
    public async Task More_than_100_private_ip_addresses_is_InvalidHTTPRequest()
    {
        var addresses = string.Join("%2C", Enumerable.Range(1, 101).Select(i => $"10.0.{i / 256}.{i % 256}"));
        using var response = await session.Primary.SendAsync(HttpMethod.Get, $"/v1/vpc/{EmulatorDefaults.PrimaryVpcA}/privateIpAddressInfo?privateIpAddresses={addresses}");
        await response.ShouldBeErrorAsync(400, "InvalidHTTPRequest");
    }

    [Fact]
    public async Task Private_ip_information_of_another_accounts_vpc_is_NoSuchObject()
    {
        using var response = await session.Secondary.SendAsync(HttpMethod.Get, $"/v1/vpc/{EmulatorDefaults.PrimaryVpcA}/privateIpAddressInfo");
        await response.ShouldBeErrorAsync(404, "NoSuchObject");
    }

    [Theory]
    [InlineData("/v1/vpc/resourceIp?vpcId=vpc-primary0000a", "GetResourceIp")]
    [InlineData("/v1/vpc/topology?hostIp=10.0.0.1", "GetNetworkTopologyInfo")]
    public async Task Resource_ip_and_topology_are_not_emulated(string path, string operation)
    {
        using var response = await session.Http.GetAsync(path);
        Assert.Contains(operation, await response.ShouldBeErrorAsync(501, "NotImplemented"));
    }

    [Theory]
    [InlineData("PATCH", "/v1/vpc/vpc-primary0000a")]
    [InlineData("POST", "/v1/subnet/sbn-000000000000")]
    [InlineData("PUT", "/v1/subnet/ipreserve/ipr-000000000000")]
    public async Task A_wrong_method_on_a_vpc_path_is_InvalidURI(string method, string path)
    {
        using var response = await session.Primary.SendAsync(new HttpMethod(method), path, "{}");
        await response.ShouldBeErrorAsync(404, "InvalidURI");
    }

    private async Task<string> DhcpTextAsync(string vpc)
    {
        using var response = await session.Primary.SendAsync(HttpMethod.Get, $"/v1/vpc/{vpc}/dhcp");
        return (await response.ShouldBeJsonAsync()).GetRawText();
    }

    private async Task OkAsync(HttpMethod method, string vpc, string body)
    {
        using var response = await session.Primary.SendAsync(method, $"/v1/vpc/{vpc}/dhcp", body);
        await response.ShouldBeEmptyOkAsync();
    }
}
