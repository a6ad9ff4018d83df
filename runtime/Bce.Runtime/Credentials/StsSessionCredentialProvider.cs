using Bce.Runtime.Errors;
using Bce.Runtime.Sts;

namespace Bce.Runtime.Credentials;

/// <summary>
/// Temporary credentials from STS <c>GetSessionToken</c>, refreshed before they expire (see
/// <see cref="RefreshingCredentialProvider"/>). Requests signed with them carry the signed
/// <c>x-bce-security-token</c> header.
/// </summary>
public sealed class StsSessionCredentialProvider : BceCredentialProvider
{
    private readonly RefreshingCredentialProvider _inner;

    /// <summary>Creates the provider.</summary>
    /// <param name="stsClient">The STS client (signing with long-term keys); the caller keeps ownership.</param>
    /// <param name="durationSeconds">The lifetime to ask for; <see langword="null"/> for the service's default.</param>
    /// <param name="aclJson">An optional access-control policy narrowing the credentials.</param>
    /// <param name="options">When to refresh.</param>
    public StsSessionCredentialProvider(StsClient stsClient, int? durationSeconds = null, string? aclJson = null, RefreshingCredentialProviderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stsClient);
        if (durationSeconds is { } seconds)
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(seconds, nameof(durationSeconds));
        }

        _inner = new RefreshingCredentialProvider(
            async cancellationToken =>
            {
                var session = await stsClient.GetSessionTokenAsync(durationSeconds, aclJson, cancellationToken).ConfigureAwait(false);
                var expiresAt = session.Expiration
                    ?? throw new BceClientException("The STS answer has no parsable expiration, so the credentials cannot be refreshed in time.") { OperationName = "GetSessionToken" };
                return (session.ToCredentials(), expiresAt);
            },
            options);
    }

    /// <summary>When the current session credentials expire, or <see langword="null"/> before the first call.</summary>
    public DateTimeOffset? ExpiresAt => _inner.ExpiresAt;

    /// <inheritdoc />
    public override ValueTask<BceCredentials> GetCredentialsAsync(CancellationToken cancellationToken = default) =>
        _inner.GetCredentialsAsync(cancellationToken);
}
