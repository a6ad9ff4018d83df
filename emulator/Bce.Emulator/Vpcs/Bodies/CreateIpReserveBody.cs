using Bce.Emulator.Wire;

namespace Bce.Emulator.Vpcs.Bodies;

/// <summary>
/// The CreateIpReserve body (<c>CreateIpreserveArgs</c>): <c>subnetId</c>, <c>ipCidr</c> and the integer
/// <c>ipVersion</c> (4 or 6, which decides how <c>ipCidr</c> is read) are required; <c>description</c> may be empty.
/// </summary>
internal sealed record CreateIpReserveBody(string SubnetId, Cidr IpCidr, string Description)
{
    public static CreateIpReserveBody Parse(ReadOnlyMemory<byte> body)
    {
        var json = JsonBody.Parse(body);
        var subnetId = json.RequiredString("subnetId");
        var text = json.RequiredString("ipCidr");
        var cidr = json.RequiredInt32("ipVersion") switch
        {
            4 => Cidr.ParseIpv4("ipCidr", text),
            6 => Cidr.ParseIpv6("ipCidr", text),
            _ => throw json.Invalid("ipVersion", "must be 4 or 6"),
        };
        return new CreateIpReserveBody(subnetId, cidr, ResourceNames.OptionalDescription(json) ?? string.Empty);
    }
}
