using Bce.Vpc.Vpcs;
using static Vpc.Client.Tests.Wire.WireRow;

namespace Vpc.Client.Tests.Wire.Rows;

/// <summary>vpc.go (spec/reference/vpc-operations.md section 1): 13 operations.</summary>
internal static class VpcRows
{
    private const string Vpc = "vpc-IyWRtII7";

    public static IEnumerable<WireRow> All { get; } =
    [
        // CreateVPCArgs in Go field order.
        new("CreateVpc", c => c.Vpc.CreateVpcAsync(new CreateVpcRequest
            {
                Name = "vpc1", Description = "d", Cidr = "192.168.0.0/16", EnableIpv6 = true,
                Tags = [new Tag { TagKey = "k", TagValue = "v" }], ClientToken = Token,
            }),
            "POST", "/v1/vpc", "?" + TokenQuery,
            """{"name":"vpc1","description":"d","cidr":"192.168.0.0/16","enableIpv6":true,"tags":[{"tagKey":"k","tagValue":"v"}]}""",
            $$"""{"vpcId":"{{Vpc}}"}"""),
        // vpcIds: one comma-joined value, the comma percent-encoded (%2C) as BCE's UriEncode does.
        new("ListVpcs", c => c.Vpc.ListVpcsAsync(new ListVpcsRequest { Marker = "vpc-0", MaxKeys = 10, VpcIds = ["vpc-1", "vpc-2"], IsDefault = false }),
            "GET", "/v1/vpc", "?marker=vpc-0&maxKeys=10&vpcIds=vpc-1%2Cvpc-2&isDefault=false", null, """{"vpcs":[],"isTruncated":false}"""),
        // The answer is the wrapper {"vpc": ShowVPCModel}.
        new("GetVpcDetail", c => c.Vpc.GetVpcDetailAsync(new GetVpcDetailRequest { VpcId = Vpc }),
            "GET", $"/v1/vpc/{Vpc}", "", null, $$$"""{"vpc":{"vpcId":"{{{Vpc}}}","subnets":[]}}"""),
        new("UpdateVpc", c => c.Vpc.UpdateVpcAsync(new UpdateVpcRequest
            {
                VpcId = Vpc, Name = "vpc2", Description = "d2", EnableIpv6 = false, SecondaryCidr = ["10.0.0.0/16"], ClientToken = Token,
            }),
            "PUT", $"/v1/vpc/{Vpc}", "?modifyAttribute&" + TokenQuery,
            """{"name":"vpc2","description":"d2","enableIpv6":false,"secondaryCidr":["10.0.0.0/16"]}"""),
        new("DeleteVpc", c => c.Vpc.DeleteVpcAsync(new DeleteVpcRequest { VpcId = Vpc, ClientToken = Token }),
            "DELETE", $"/v1/vpc/{Vpc}", "?" + TokenQuery, null),
        new("GetResourceIp", c => c.Vpc.GetResourceIpAsync(new GetResourceIpRequest { VpcId = Vpc, SubnetId = "sbn-1", ResourceType = "vpn", PageNo = 2, PageSize = 10 }),
            "GET", "/v1/vpc/resourceIp", $"?vpcId={Vpc}&subnetId=sbn-1&resourceType=vpn&pageNo=2&pageSize=10", null, """{"result":[],"pageNo":2,"pageSize":10,"totalCount":0}"""),
        // Section 12 item 3: the key repeated per address, as the API reference's example does.
        new("GetPrivateIpAddressesInfo", c => c.Vpc.GetPrivateIpAddressesInfoAsync(new GetPrivateIpAddressesInfoRequest
            {
                VpcId = Vpc, PrivateIpAddresses = ["10.4.2.2", "10.4.2.3"], PrivateIpRange = "10.4.2.1-10.4.2.9",
            }),
            "GET", $"/v1/vpc/{Vpc}/privateIpAddressInfo", "?privateIpAddresses=10.4.2.2&privateIpAddresses=10.4.2.3&privateIpRange=10.4.2.1-10.4.2.9", null,
            """{"vpcPrivateIpAddresses":[]}"""),
        new("GetNetworkTopologyInfo", c => c.Vpc.GetNetworkTopologyInfoAsync(new GetNetworkTopologyInfoRequest { HostIp = "10.0.0.1", HostId = "host-1" }),
            "GET", "/v1/vpc/topology", "?hostIp=10.0.0.1&hostId=host-1", null, """{"networkTopologies":[]}"""),
        new("CreateVpcDhcp", c => c.Vpc.CreateVpcDhcpAsync(new CreateVpcDhcpRequest { VpcId = Vpc, DomainNameServers = "3.3.3.5", ClientToken = Token }),
            "POST", $"/v1/vpc/{Vpc}/dhcp", "?" + TokenQuery, """{"domainNameServers":"3.3.3.5"}"""),
        // Go always sends domainNameServers; empty deletes the options.
        new("UpdateVpcDhcp", c => c.Vpc.UpdateVpcDhcpAsync(new UpdateVpcDhcpRequest { VpcId = Vpc, DomainNameServers = "", ClientToken = Token }),
            "PUT", $"/v1/vpc/{Vpc}/dhcp", "?" + TokenQuery, """{"domainNameServers":""}"""),
        new("GetVpcDhcpInfo", c => c.Vpc.GetVpcDhcpInfoAsync(new GetVpcDhcpInfoRequest { VpcId = Vpc }),
            "GET", $"/v1/vpc/{Vpc}/dhcp", "", null, $$$"""{"vpcId":"{{{Vpc}}}","dhcpOptions":{"domainNameServers":"3.3.3.5"}}"""),
        // The relay args are not serialized: the id is in the path only.
        new("OpenVpcRelay", c => c.Vpc.OpenVpcRelayAsync(new OpenVpcRelayRequest { VpcId = Vpc, ClientToken = Token }),
            "PUT", $"/v1/vpc/openRelay/{Vpc}", "?" + TokenQuery, null),
        new("ShutdownVpcRelay", c => c.Vpc.ShutdownVpcRelayAsync(new ShutdownVpcRelayRequest { VpcId = Vpc, ClientToken = Token }),
            "PUT", $"/v1/vpc/shutdownRelay/{Vpc}", "?" + TokenQuery, null),
    ];
}
