namespace Bce.Emulator;

/// <summary>A read-only copy of one VPC (seeded or created through CreateVpc), for tests to inspect.</summary>
/// <param name="VpcId">The id.</param>
/// <param name="AccountId">The owning account.</param>
/// <param name="Name">The name (<c>default</c> for an account's first seeded VPC).</param>
/// <param name="Cidr">The primary IPv4 block, e.g. <c>10.0.0.0/16</c>.</param>
/// <param name="SecondaryCidrs">The secondary IPv4 blocks.</param>
/// <param name="Ipv6Cidr">The IPv6 block while IPv6 is enabled; null otherwise.</param>
/// <param name="IsDefault">Whether it is the account's default VPC.</param>
/// <param name="Relay">Whether relay is open.</param>
/// <param name="CreatedTime">When it was created (seeded VPCs: when the emulator started).</param>
/// <param name="SubnetIds">Its subnets' ids, in id order.</param>
public sealed record VpcSnapshot(
    string VpcId,
    string AccountId,
    string Name,
    string Cidr,
    IReadOnlyList<string> SecondaryCidrs,
    string? Ipv6Cidr,
    bool IsDefault,
    bool Relay,
    DateTimeOffset CreatedTime,
    IReadOnlyList<string> SubnetIds);
