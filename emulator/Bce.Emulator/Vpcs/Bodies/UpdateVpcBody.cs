using Bce.Emulator.Wire;

namespace Bce.Emulator.Vpcs.Bodies;

/// <summary>
/// The UpdateVpc body (<c>UpdateVPCArgs</c>): <c>name</c> is required (Go always sends it); an absent
/// <c>description</c>, <c>enableIpv6</c> or <c>secondaryCidr</c> leaves that setting as it is; <c>secondaryCidr</c>
/// replaces the whole list.
/// </summary>
internal sealed record UpdateVpcBody(string Name, string? Description, bool? EnableIpv6, IReadOnlyList<Cidr>? SecondaryCidrs)
{
    public static UpdateVpcBody Parse(ReadOnlyMemory<byte> body)
    {
        var json = JsonBody.Parse(body);
        var name = ResourceNames.RequiredName(json);
        var description = ResourceNames.OptionalDescription(json);
        var enableIpv6 = json.OptionalBoolean("enableIpv6");
        var secondary = json.OptionalStringArray("secondaryCidr")?
            .Select((text, i) => Cidr.ParseIpv4($"secondaryCidr[{i}]", text))
            .ToList();
        return new UpdateVpcBody(name, description, enableIpv6, secondary);
    }
}
