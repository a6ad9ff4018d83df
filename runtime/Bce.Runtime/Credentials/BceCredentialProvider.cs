namespace Bce.Runtime.Credentials;

/// <summary>
/// A source of credentials. The pipeline asks it on every attempt, so a provider that rotates or refreshes keys is
/// picked up by retries; implementations must be thread-safe and should answer from a cache.
/// </summary>
public abstract class BceCredentialProvider
{
    /// <summary>Gets the credentials to sign the next request with.</summary>
    /// <param name="cancellationToken">Cancels waiting for the credentials.</param>
    /// <returns>Credentials that are valid now.</returns>
    public abstract ValueTask<BceCredentials> GetCredentialsAsync(CancellationToken cancellationToken = default);
}
