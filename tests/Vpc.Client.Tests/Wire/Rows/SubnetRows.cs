using Bce.Vpc.Subnets;
using static Vpc.Client.Tests.Wire.WireRow;

namespace Vpc.Client.Tests.Wire.Rows;

/// <summary>subnet.go (spec/reference/vpc-operations.md section 2): 8 operations.</summary>
internal static class SubnetRows
{
    private const string Subnet = "sbn-IyWRnII7";

    public static IEnumerable<WireRow> All { get; } =
    [
        // CreateSubnetArgs in Go field order.
        new("CreateSubnet", c => c.Subnet.CreateSubnetAsync(new CreateSubnetRequest
            {
                Name = "sbn1", ZoneName = "cn-bj-a", Cidr = "192.168.1.0/24", VpcId = "vpc-1", VpcSecondaryCidr = "10.0.0.0/16",
                SubnetType = SubnetType.BCC, Description = "d", EnableIpv6 = true, Tags = [new Tag { TagKey = "k", TagValue = "v" }],
                ClientToken = Token,
            }),
            "POST", "/v1/subnet", "?" + TokenQuery,
            """{"name":"sbn1","zoneName":"cn-bj-a","cidr":"192.168.1.0/24","vpcId":"vpc-1","vpcSecondaryCidr":"10.0.0.0/16","subnetType":"BCC","description":"d","enableIpv6":true,"tags":[{"tagKey":"k","tagValue":"v"}]}""",
            $$"""{"subnetId":"{{Subnet}}"}"""),
        // subnetIds: one comma-joined value, encoded %2C.
        new("ListSubnets", c => c.Subnet.ListSubnetsAsync(new ListSubnetsRequest
            {
                Marker = "sbn-0", MaxKeys = 10, VpcId = "vpc-1", ZoneName = "cn-bj-a", SubnetIds = ["sbn-1", "sbn-2"], SubnetType = SubnetType.BCCNAT,
            }),
            "GET", "/v1/subnet", "?marker=sbn-0&maxKeys=10&vpcId=vpc-1&zoneName=cn-bj-a&subnetIds=sbn-1%2Csbn-2&subnetType=BCC_NAT", null,
            """{"subnets":[],"isTruncated":false}"""),
        // The answer is the wrapper {"subnet": Subnet}.
        new("GetSubnetDetail", c => c.Subnet.GetSubnetDetailAsync(new GetSubnetDetailRequest { SubnetId = Subnet }),
            "GET", $"/v1/subnet/{Subnet}", "", null, $$$"""{"subnet":{"subnetId":"{{{Subnet}}}","vpcId":"vpc-1"}}"""),
        new("UpdateSubnet", c => c.Subnet.UpdateSubnetAsync(new UpdateSubnetRequest { SubnetId = Subnet, Name = "sbn2", Description = "d2", EnableIpv6 = false, ClientToken = Token }),
            "PUT", $"/v1/subnet/{Subnet}", "?modifyAttribute&" + TokenQuery, """{"name":"sbn2","description":"d2","enableIpv6":false}"""),
        new("DeleteSubnet", c => c.Subnet.DeleteSubnetAsync(new DeleteSubnetRequest { SubnetId = Subnet, ClientToken = Token }),
            "DELETE", $"/v1/subnet/{Subnet}", "?" + TokenQuery, null),
        // ipVersion is an int32 on the wire (4 or 6); description is always sent by Go, here because it is set.
        new("CreateIpReserve", c => c.Subnet.CreateIpReserveAsync(new CreateIpReserveRequest
            {
                SubnetId = Subnet, IpCidr = "192.168.1.16/28", IpVersion = IpVersion.Value4, Description = "reserved", ClientToken = Token,
            }),
            "POST", "/v1/subnet/ipreserve", "?" + TokenQuery,
            $$"""{"subnetId":"{{Subnet}}","ipCidr":"192.168.1.16/28","ipVersion":4,"description":"reserved"}""",
            """{"ipReserveId":"ipr-1"}"""),
        new("DeleteIpReserve", c => c.Subnet.DeleteIpReserveAsync(new DeleteIpReserveRequest { IpReserveId = "ipr-1", ClientToken = Token }),
            "DELETE", "/v1/subnet/ipreserve/ipr-1", "?" + TokenQuery, null),
        new("ListIpReserves", c => c.Subnet.ListIpReservesAsync(new ListIpReservesRequest { SubnetId = Subnet, Marker = "ipr-0", MaxKeys = 10 }),
            "GET", "/v1/subnet/ipreserve", $"?subnetId={Subnet}&marker=ipr-0&maxKeys=10", null, """{"ipReserves":[],"isTruncated":false}"""),
    ];
}
