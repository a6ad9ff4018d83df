namespace Bce.Emulator.PeerConns;

/// <summary>
/// Which account owns which VPC. The emulator has no VPC API, so ownership comes from the accounts' seeded
/// <see cref="EmulatorAccount.VpcIds"/>, and any other VPC id is claimed by the first successful create that uses it:
/// as <c>localVpcId</c> or same-account <c>peerVpcId</c> it goes to the caller, as cross-account <c>peerVpcId</c> to
/// <c>peerAccountId</c>. Not thread-safe: used under <see cref="PeerConnService"/>'s lock.
/// </summary>
internal sealed class VpcRegistry
{
    private readonly Dictionary<string, string> _owners = new(StringComparer.Ordinal);

    public VpcRegistry(IEnumerable<EmulatorAccount> accounts)
    {
        foreach (var account in accounts)
        {
            foreach (var vpcId in account.VpcIds)
            {
                _owners[vpcId] = account.AccountId;
            }
        }
    }

    /// <summary>The owning account, or null for a VPC nobody has used yet.</summary>
    public string? OwnerOf(string vpcId) => _owners.GetValueOrDefault(vpcId);

    /// <summary>Whether the account owns the VPC or could claim it.</summary>
    public bool MayUse(string vpcId, string accountId) => OwnerOf(vpcId) is not { } owner || owner == accountId;

    /// <summary>Gives an unowned VPC to the account.</summary>
    public void Claim(string vpcId, string accountId) => _owners.TryAdd(vpcId, accountId);
}
