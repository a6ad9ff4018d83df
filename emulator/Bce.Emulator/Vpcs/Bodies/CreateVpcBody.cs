using Bce.Emulator.Wire;

namespace Bce.Emulator.Vpcs.Bodies;

/// <summary>The CreateVpc body (vpc-operations.md §1.1 <c>CreateVPCArgs</c>), validated.</summary>
internal sealed record CreateVpcBody(string Name, string? Description, Cidr Cidr, bool EnableIpv6, IReadOnlyList<ResourceTag> Tags)
{
    public static CreateVpcBody Parse(ReadOnlyMemory<byte> body)
    {
        var json = JsonBody.Parse(body);
        return new CreateVpcBody(
            ResourceNames.RequiredName(json),
            ResourceNames.OptionalDescription(json),
            Cidr.ParseIpv4("cidr", json.RequiredString("cidr")),
            json.OptionalBoolean("enableIpv6") ?? false,
            ResourceTag.ParseAll(json));
    }
}
