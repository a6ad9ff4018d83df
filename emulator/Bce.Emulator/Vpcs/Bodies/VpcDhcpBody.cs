using Bce.Emulator.Wire;

namespace Bce.Emulator.Vpcs.Bodies;

/// <summary>
/// The CreateVpcDhcp / UpdateVpcDhcp body <c>{"domainNameServers":"a.b.c.d[,…]"}</c>: comma-separated IPv4
/// addresses. The field is required; on update an empty value removes the DHCP options (Go's documented meaning).
/// </summary>
internal sealed record VpcDhcpBody(string DomainNameServers)
{
    public static VpcDhcpBody Parse(ReadOnlyMemory<byte> body, bool allowEmpty)
    {
        var json = JsonBody.Parse(body);
        var text = json.OptionalString("domainNameServers") ?? throw json.Invalid("domainNameServers", "is required");
        if (text.Length == 0)
        {
            return allowEmpty ? new VpcDhcpBody(string.Empty) : throw json.Invalid("domainNameServers", "must name at least one DNS server");
        }

        var servers = text.Split(',', StringSplitOptions.TrimEntries);
        if (servers.Any(s => Cidr.ParseIpv4Address(s) is null))
        {
            throw json.Invalid("domainNameServers", "must be IPv4 addresses separated by commas");
        }

        return new VpcDhcpBody(string.Join(',', servers));
    }
}
