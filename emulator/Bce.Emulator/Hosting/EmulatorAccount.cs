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
    /// VPC ids this account owns from the start. Any other VPC id belongs to the first account that uses it
    /// (see the README, "VPC ownership").
    /// </summary>
    public IList<string> VpcIds { get; init; } = new List<string>();

    /// <summary>Describes the account without its secret access key.</summary>
    public override string ToString() =>
        $"EmulatorAccount {{ AccountId = {AccountId}, AccessKeyId = {AccessKeyId}, SecretAccessKey = ***, VpcIds = [{string.Join(", ", VpcIds)}] }}";
}
