using Bce.Emulator.Wire;

namespace Bce.Emulator.Vpcs.Bodies;

/// <summary>The CreateSubnet body (vpc-operations.md §2.1 <c>CreateSubnetArgs</c>), validated; <c>subnetType</c> defaults to <c>BCC</c>.</summary>
internal sealed record CreateSubnetBody(
    string Name,
    string ZoneName,
    Cidr Cidr,
    string VpcId,
    Cidr? VpcSecondaryCidr,
    string SubnetType,
    string? Description,
    bool EnableIpv6,
    IReadOnlyList<ResourceTag> Tags)
{
    public static CreateSubnetBody Parse(ReadOnlyMemory<byte> body)
    {
        var json = JsonBody.Parse(body);
        var name = ResourceNames.RequiredName(json);
        var zoneName = json.RequiredString("zoneName");
        var cidr = Cidr.ParseIpv4("cidr", json.RequiredString("cidr"));
        var vpcId = json.RequiredString("vpcId");
        var secondary = json.OptionalString("vpcSecondaryCidr") is { Length: > 0 } text ? Cidr.ParseIpv4("vpcSecondaryCidr", text) : (Cidr?)null;
        var subnetType = json.OptionalString("subnetType") is { Length: > 0 } type ? type : SubnetTypes.Bcc;
        if (!SubnetTypes.IsValid(subnetType))
        {
            throw json.Invalid("subnetType", $"must be one of {string.Join(", ", SubnetTypes.All)}");
        }

        return new CreateSubnetBody(
            name,
            zoneName,
            cidr,
            vpcId,
            secondary,
            subnetType,
            ResourceNames.OptionalDescription(json),
            json.OptionalBoolean("enableIpv6") ?? false,
            ResourceTag.ParseAll(json));
    }
}
