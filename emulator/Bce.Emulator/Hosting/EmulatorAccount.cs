namespace Bce.Emulator;

/// <summary>
/// An account the emulator serves: its id, its long-term access key pair and, optionally, the VPCs it owns.
/// </summary>
/// <param name="AccountId">The BCE account id; peer connections name it as <c>peerAccountId</c>.</param>
/// <param name="AccessKeyId">The long-term access key id (AK).</param>
/// <param name="SecretAccessKey">The long-term secret access key (SK). Never printed by <see cref="ToString"/>.</param>
public sealed record EmulatorAccount(string AccountId, string AccessKeyId, string SecretAccessKey)
{
    /// <summary>
    /// VPC ids this account owns from the start. Each becomes a VPC record (ListVpcs, GetVpcDetail): the n-th seeded
    /// VPC of the emulator, counting across the accounts in order from 0, gets the CIDR <c>10.n.0.0/16</c>; the first
    /// of each account is its default VPC, named <c>default</c>. VPCs made through CreateVpc belong to their creator;
    /// any other id is claimed by the first peer connection that uses it (see the README, "VPC ownership").
    /// </summary>
    public IList<string> VpcIds { get; init; } = new List<string>();

    /// <summary>Describes the account without its secret access key.</summary>
    public override string ToString() =>
        $"EmulatorAccount {{ AccountId = {AccountId}, AccessKeyId = {AccessKeyId}, SecretAccessKey = ***, VpcIds = [{string.Join(", ", VpcIds)}] }}";
}
