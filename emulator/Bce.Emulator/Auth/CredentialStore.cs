using System.Collections.Concurrent;

namespace Bce.Emulator.Auth;

/// <summary>Every access key the emulator knows: the accounts' long-term keys and the STS session keys it issued.</summary>
internal sealed class CredentialStore
{
    private readonly ConcurrentDictionary<string, SigningCredential> _byAccessKeyId = new(StringComparer.Ordinal);

    public CredentialStore(IEnumerable<EmulatorAccount> accounts)
    {
        foreach (var account in accounts)
        {
            Add(new SigningCredential(account.AccessKeyId, account.SecretAccessKey, account.AccountId));
        }
    }

    /// <summary>Registers a key pair; access key ids are unique.</summary>
    public void Add(SigningCredential credential)
    {
        if (!_byAccessKeyId.TryAdd(credential.AccessKeyId, credential))
        {
            throw new ArgumentException($"The access key id {credential.AccessKeyId} is used twice.", nameof(credential));
        }
    }

    /// <summary>The key pair with this access key id, or null.</summary>
    public SigningCredential? Find(string accessKeyId) =>
        _byAccessKeyId.TryGetValue(accessKeyId, out var credential) ? credential : null;
}
