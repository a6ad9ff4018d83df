using Bce.Runtime.Credentials;
using Bce.Runtime.Errors;
using Bce.Runtime.Pipeline;

namespace Bce.Runtime.Sts;

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

        var clock = options?.TimeProvider ?? TimeProvider.System;
        _inner = new RefreshingCredentialProvider(
            async cancellationToken =>
            {
                var session = await stsClient.GetSessionTokenAsync(durationSeconds, aclJson, cancellationToken).ConfigureAwait(false);
                return (session.ToCredentials(), LocalExpiry(session, clock.GetUtcNow(), stsClient.ClockSkew));
            },
            options);
    }

    /// <summary>
    /// When the session expires on the local clock. STS states the expiry on its own clock, so it is judged as a
    /// lifetime measured there (from the session's <c>createTime</c>, else from our clock corrected by the skew the STS
    /// client learnt) and added to the local time of receipt. A local clock ahead of the service by more than the
    /// session length would otherwise see every session as expired on arrival, and ask STS again on every call.
    /// </summary>
    internal static DateTimeOffset LocalExpiry(SessionCredentials session, DateTimeOffset localNow, TimeSpan clockSkew)
    {
        var expiration = session.Expiration
            ?? throw new BceClientException("The STS answer has no parsable expiration, so the credentials cannot be refreshed in time.") { OperationName = "GetSessionToken" };
        var serviceNow = localNow + clockSkew;
        // A createTime far from the service's estimated clock is not trusted (it would stretch the lifetime).
        var issuedAt = session.CreateTime is { } created && (created - serviceNow).Duration() <= ClockSkew.MaxSkew ? created : serviceNow;
        var lifetime = expiration - issuedAt;
        if (lifetime <= TimeSpan.Zero)
        {
            throw new BceClientException(
                $"STS answered a session that expires at {expiration:O}, not after it was issued ({issuedAt:O} on the service's clock); no credentials were cached.")
            {
                OperationName = "GetSessionToken",
            };
        }

        return localNow + lifetime;
    }

    /// <summary>
    /// When the current session credentials expire on the local clock (<see cref="RefreshingCredentialProviderOptions.TimeProvider"/>),
    /// or <see langword="null"/> before the first call. This is the session's lifetime on the service's clock added to the
    /// local time it arrived, so it differs from <see cref="SessionCredentials.Expiration"/> when the clocks disagree.
    /// </summary>
    public DateTimeOffset? ExpiresAt => _inner.ExpiresAt;

    /// <inheritdoc />
    public override ValueTask<BceCredentials> GetCredentialsAsync(CancellationToken cancellationToken = default) =>
        _inner.GetCredentialsAsync(cancellationToken);
}
