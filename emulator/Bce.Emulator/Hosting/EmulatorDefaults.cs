namespace Bce.Emulator;

/// <summary>
/// The documented test accounts and VPCs the emulator serves when no account is configured. Every value here is a
/// fabricated, public test value: the keys open nothing but an emulator. The seeded VPCs are real VPC records with
/// the CIDRs <c>10.0.0.0/16</c> (<see cref="PrimaryVpcA"/>, the primary account's default VPC) to <c>10.4.0.0/16</c>
/// (<see cref="SecondaryVpcB"/>), in the order of the constants below.
/// </summary>
public static class EmulatorDefaults
{
    /// <summary>The region the emulator serves by default: <c>bj</c>.</summary>
    public const string Region = "bj";

    /// <summary>A VPC owned by <see cref="Primary"/>.</summary>
    public const string PrimaryVpcA = "vpc-primary0000a";

    /// <summary>A second VPC owned by <see cref="Primary"/>.</summary>
    public const string PrimaryVpcB = "vpc-primary0000b";

    /// <summary>A third VPC owned by <see cref="Primary"/>.</summary>
    public const string PrimaryVpcC = "vpc-primary0000c";

    /// <summary>A VPC owned by <see cref="Secondary"/>.</summary>
    public const string SecondaryVpcA = "vpc-secondary00a";

    /// <summary>A second VPC owned by <see cref="Secondary"/>.</summary>
    public const string SecondaryVpcB = "vpc-secondary00b";

    /// <summary>
    /// The primary test account: id <c>e0000000000000000000000000000001</c>, AK <c>a0000000000000000000000000000001</c>,
    /// SK <c>b0000000000000000000000000000001</c>; owns <see cref="PrimaryVpcA"/>, <see cref="PrimaryVpcB"/> and
    /// <see cref="PrimaryVpcC"/>.
    /// </summary>
    public static EmulatorAccount Primary { get; } = new(
        "e0000000000000000000000000000001",
        "a0000000000000000000000000000001",
        "b0000000000000000000000000000001")
    {
        VpcIds = Array.AsReadOnly([PrimaryVpcA, PrimaryVpcB, PrimaryVpcC]),
    };

    /// <summary>
    /// The secondary test account, the peer for cross-account scenarios: id <c>e0000000000000000000000000000002</c>,
    /// AK <c>a0000000000000000000000000000002</c>, SK <c>b0000000000000000000000000000002</c>; owns
    /// <see cref="SecondaryVpcA"/> and <see cref="SecondaryVpcB"/>.
    /// </summary>
    public static EmulatorAccount Secondary { get; } = new(
        "e0000000000000000000000000000002",
        "a0000000000000000000000000000002",
        "b0000000000000000000000000000002")
    {
        VpcIds = Array.AsReadOnly([SecondaryVpcA, SecondaryVpcB]),
    };
}
