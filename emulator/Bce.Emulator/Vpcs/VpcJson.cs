using System.Text.Json;
using Bce.Emulator.Wire;

namespace Bce.Emulator.Vpcs;

/// <summary>
/// The response bodies of the VPC, subnet and reserved-CIDR operations, with the JSON names and field order of
/// spec/reference/vpc-operations.md §1.2, §2.2 and §10. Timestamps are ISO 8601 UTC; an absent IPv6 block is <c>""</c>.
/// </summary>
internal static class VpcJson
{
    /// <summary><c>{"vpcId":"…"}</c>.</summary>
    public static byte[] CreateVpcResult(string vpcId) => IdResult("vpcId", vpcId);

    /// <summary><c>{"subnetId":"…"}</c>.</summary>
    public static byte[] CreateSubnetResult(string subnetId) => IdResult("subnetId", subnetId);

    /// <summary><c>{"ipReserveId":"…"}</c>.</summary>
    public static byte[] CreateIpReserveResult(string ipReserveId) => IdResult("ipReserveId", ipReserveId);

    /// <summary>The wrapped detail <c>{"vpc":{…VPC, "relay", "subnets"}}</c> and its ETag.</summary>
    public static (byte[] Body, string ETag) VpcDetail(VpcView vpc)
    {
        var body = JsonOutput.Write(w =>
        {
            w.WriteStartObject();
            w.WritePropertyName("vpc");
            WriteVpc(w, vpc, detail: true);
            w.WriteEndObject();
        });
        return (body, ETags.Of(body));
    }

    /// <summary>The wrapped detail <c>{"subnet":{…}}</c> and its ETag.</summary>
    public static (byte[] Body, string ETag) SubnetDetail(SubnetView subnet)
    {
        var body = JsonOutput.Write(w =>
        {
            w.WriteStartObject();
            w.WritePropertyName("subnet");
            WriteSubnet(w, subnet);
            w.WriteEndObject();
        });
        return (body, ETags.Of(body));
    }

    /// <summary>ListVpcs: <c>{"vpcs":[…],"marker"?,"isTruncated","nextMarker"?,"maxKeys"}</c>.</summary>
    public static byte[] VpcList(ListPage<VpcView> page) =>
        JsonOutput.Write(w => page.Write(w, "vpcs", (writer, vpc) => WriteVpc(writer, vpc, detail: false)));

    /// <summary>ListSubnets: <c>{"subnets":[…],…}</c>.</summary>
    public static byte[] SubnetList(ListPage<SubnetView> page) => JsonOutput.Write(w => page.Write(w, "subnets", WriteSubnet));

    /// <summary>ListIpReserves: <c>{"ipReserves":[…],…}</c>.</summary>
    public static byte[] IpReserveList(ListPage<IpReserveView> page) => JsonOutput.Write(w => page.Write(w, "ipReserves", WriteIpReserve));

    /// <summary>GetVpcDhcpInfo: <c>{"vpcId","dhcpOptions":{"domainName","domainNameServers"}}</c>.</summary>
    public static byte[] DhcpInfo(string vpcId, string domainNameServers) => JsonOutput.Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("vpcId", vpcId);
        w.WriteStartObject("dhcpOptions");
        w.WriteString("domainName", string.Empty);
        w.WriteString("domainNameServers", domainNameServers);
        w.WriteEndObject();
        w.WriteEndObject();
    });

    /// <summary>GetPrivateIpAddressesInfo: <c>{"vpcPrivateIpAddresses":[]}</c> — no instances hold addresses here.</summary>
    public static byte[] PrivateIpAddresses() => JsonOutput.Write(w =>
    {
        w.WriteStartObject();
        w.WriteStartArray("vpcPrivateIpAddresses");
        w.WriteEndArray();
        w.WriteEndObject();
    });

    private static void WriteVpc(Utf8JsonWriter w, VpcView vpc, bool detail)
    {
        w.WriteStartObject();
        w.WriteString("vpcId", vpc.VpcId);
        w.WriteString("name", vpc.Name);
        w.WriteString("cidr", vpc.Cidr);
        w.WriteString("ipv6Cidr", vpc.Ipv6Cidr);
        w.WriteString("createdTime", WireFormats.IsoTime(vpc.CreatedTime));
        w.WriteString("description", vpc.Description);
        w.WriteBoolean("isDefault", vpc.IsDefault);
        w.WriteStartArray("secondaryCidr");
        foreach (var cidr in vpc.SecondaryCidrs)
        {
            w.WriteStringValue(cidr);
        }

        w.WriteEndArray();
        ResourceTag.WriteAll(w, vpc.Tags);
        if (detail)
        {
            w.WriteBoolean("relay", vpc.Relay);
            w.WriteStartArray("subnets");
            foreach (var subnet in vpc.Subnets)
            {
                WriteSubnet(w, subnet);
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
    }

    private static void WriteSubnet(Utf8JsonWriter w, SubnetView subnet)
    {
        w.WriteStartObject();
        w.WriteString("subnetId", subnet.SubnetId);
        w.WriteString("name", subnet.Name);
        w.WriteString("zoneName", subnet.ZoneName);
        w.WriteString("cidr", subnet.Cidr);
        w.WriteString("ipv6Cidr", subnet.Ipv6Cidr);
        w.WriteString("vpcId", subnet.VpcId);
        w.WriteString("subnetType", subnet.SubnetType);
        w.WriteString("description", subnet.Description);
        w.WriteString("createdTime", WireFormats.IsoTime(subnet.CreatedTime));
        w.WriteNumber("availableIp", subnet.AvailableIp);
        w.WriteNumber("availableUnreservedIp", subnet.AvailableUnreservedIp);
        ResourceTag.WriteAll(w, subnet.Tags);
        w.WriteEndObject();
    }

    private static void WriteIpReserve(Utf8JsonWriter w, IpReserveView reserve)
    {
        w.WriteStartObject();
        w.WriteString("ipReserveId", reserve.IpReserveId);
        w.WriteString("subnetId", reserve.SubnetId);
        w.WriteString("ipCidr", reserve.IpCidr);
        w.WriteString("ipVersion", reserve.IpVersion);
        w.WriteString("description", reserve.Description);
        w.WriteString("createdTime", WireFormats.IsoTime(reserve.CreatedTime));
        w.WriteString("updatedTime", WireFormats.IsoTime(reserve.CreatedTime));
        w.WriteEndObject();
    }

    private static byte[] IdResult(string name, string id) => JsonOutput.Write(w =>
    {
        w.WriteStartObject();
        w.WriteString(name, id);
        w.WriteEndObject();
    });
}
