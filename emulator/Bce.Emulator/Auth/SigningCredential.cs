namespace Bce.Emulator.Auth;

/// <summary>
/// A key pair the emulator accepts signatures from: an account's long-term keys, or STS session keys that also
/// require their <see cref="SessionToken"/> and stop working at <see cref="ExpiresAt"/>.
/// </summary>
/// <param name="AccessKeyId">The access key id.</param>
/// <param name="SecretAccessKey">The secret the signature is keyed with.</param>
/// <param name="AccountId">The account requests signed with this key act as.</param>
/// <param name="SessionToken">The STS token that must accompany session keys; null for long-term keys.</param>
/// <param name="ExpiresAt">When session keys expire; null for long-term keys.</param>
internal sealed record SigningCredential(
    string AccessKeyId,
    string SecretAccessKey,
    string AccountId,
    string? SessionToken = null,
    DateTimeOffset? ExpiresAt = null)
{
    /// <summary>Whether these are STS session keys.</summary>
    public bool IsSession => SessionToken is not null;

    /// <inheritdoc />
    public override string ToString() =>
        $"SigningCredential {{ AccessKeyId = {AccessKeyId}, AccountId = {AccountId}, IsSession = {IsSession} }}";
}
