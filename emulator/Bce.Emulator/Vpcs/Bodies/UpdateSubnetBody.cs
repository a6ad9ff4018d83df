using Bce.Emulator.Wire;

namespace Bce.Emulator.Vpcs.Bodies;

/// <summary>The UpdateSubnet body (<c>UpdateSubnetArgs</c>): <c>name</c> required; absent <c>description</c>/<c>enableIpv6</c> change nothing.</summary>
internal sealed record UpdateSubnetBody(string Name, string? Description, bool? EnableIpv6)
{
    public static UpdateSubnetBody Parse(ReadOnlyMemory<byte> body)
    {
        var json = JsonBody.Parse(body);
        return new UpdateSubnetBody(
            ResourceNames.RequiredName(json),
            ResourceNames.OptionalDescription(json),
            json.OptionalBoolean("enableIpv6"));
    }
}
