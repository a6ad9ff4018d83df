using System.Globalization;
using System.Runtime.InteropServices;
using Bce.Runtime.Credentials;

namespace Bce.Runtime.Signing;

/// <summary>
/// Produces the bce-auth-v1 Authorization header
/// <c>bce-auth-v1/{AK}/{timestamp}/{expiration}/{signedHeaders}/{signature}</c>, always with the explicit sorted
/// signed-header list (the Go SDK form), which the service reads unambiguously.
/// </summary>
public static class BceSigner
{
    /// <summary>The scheme name that starts every Authorization header.</summary>
    public const string AuthVersion = "bce-auth-v1";

    /// <summary>Formats a timestamp the way bce-auth-v1 and <c>x-bce-date</c> expect: UTC <c>yyyy-MM-ddTHH:mm:ssZ</c>, fractions dropped.</summary>
    /// <param name="timestamp">The instant.</param>
    /// <returns>The formatted timestamp.</returns>
    public static string FormatTimestamp(DateTimeOffset timestamp) =>
        timestamp.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>Builds the auth-string prefix <c>bce-auth-v1/{AK}/{timestamp}/{expiration}</c>.</summary>
    /// <param name="accessKeyId">The access key id.</param>
    /// <param name="timestamp">The signing time.</param>
    /// <param name="expirationInSeconds">The signature lifetime.</param>
    /// <returns>The prefix.</returns>
    public static string CreateAuthStringPrefix(string accessKeyId, DateTimeOffset timestamp, int expirationInSeconds)
    {
        ArgumentException.ThrowIfNullOrEmpty(accessKeyId);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(expirationInSeconds);
        return string.Create(CultureInfo.InvariantCulture, $"{AuthVersion}/{accessKeyId}/{FormatTimestamp(timestamp)}/{expirationInSeconds}");
    }

    /// <summary>The signature: lowercase hex HMAC-SHA256 of the canonical request keyed with the signing key's hex text.</summary>
    /// <param name="signingKey">The signing key from <see cref="SigningKey.Derive"/>.</param>
    /// <param name="canonicalRequest">The canonical request text.</param>
    /// <returns>64 lowercase hex characters.</returns>
    public static string ComputeSignature(string signingKey, string canonicalRequest)
    {
        ArgumentException.ThrowIfNullOrEmpty(signingKey);
        ArgumentNullException.ThrowIfNull(canonicalRequest);
        return SigningKey.HmacSha256Hex(signingKey, canonicalRequest);
    }

    /// <summary>Signs a canonical request and returns the Authorization header value.</summary>
    /// <param name="credentials">The keys to sign with (the session token, if any, must already be among the signed headers).</param>
    /// <param name="canonicalRequest">The canonical request.</param>
    /// <param name="timestamp">The signing time; must match the <c>x-bce-date</c> header sent.</param>
    /// <param name="expirationInSeconds">The signature lifetime.</param>
    /// <returns>The Authorization header value.</returns>
    public static string CreateAuthorization(
        BceCredentials credentials,
        CanonicalRequest canonicalRequest,
        DateTimeOffset timestamp,
        int expirationInSeconds = BceSignOptions.DefaultExpirationInSeconds)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        ArgumentNullException.ThrowIfNull(canonicalRequest);
        var prefix = CreateAuthStringPrefix(credentials.AccessKeyId, timestamp, expirationInSeconds);
        var signingKey = SigningKey.Derive(credentials.SecretAccessKey, prefix);
        var signature = ComputeSignature(signingKey, canonicalRequest.Text);
        return $"{prefix}/{canonicalRequest.SignedHeadersText}/{signature}";
    }

    /// <summary>Builds the canonical request from its parts and signs it.</summary>
    /// <param name="credentials">The keys to sign with.</param>
    /// <param name="method">The HTTP method.</param>
    /// <param name="path">The path as sent on the wire.</param>
    /// <param name="query">The decoded query parameters; a <see langword="null"/> value is a bare flag.</param>
    /// <param name="headers">The headers sent, including <c>Host</c> exactly as on the wire and <c>x-bce-security-token</c> for session credentials.</param>
    /// <param name="timestamp">The signing time; must match the <c>x-bce-date</c> header sent.</param>
    /// <param name="options">Which headers to sign and for how long; <see langword="null"/> for the defaults.</param>
    /// <returns>The Authorization header value.</returns>
    public static string Sign(
        BceCredentials credentials,
        string method,
        string path,
        IEnumerable<KeyValuePair<string, string?>> query,
        IEnumerable<KeyValuePair<string, string>> headers,
        DateTimeOffset timestamp,
        BceSignOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(headers);

        // The pooled signer gives the same header (it hands any input it cannot treat byte for byte to
        // CanonicalRequest.Create) with one string allocated instead of some forty objects; lists and arrays are read
        // in place, any other sequence is copied once.
        var queryList = query as IReadOnlyList<KeyValuePair<string, string?>> ?? [.. query];
        ReadOnlySpan<KeyValuePair<string, string>> headerSpan = headers switch
        {
            KeyValuePair<string, string>[] array => array,
            List<KeyValuePair<string, string>> list => CollectionsMarshal.AsSpan(list),
            _ => [.. headers],
        };
        return PooledSigner.Sign(
            credentials,
            method,
            path,
            queryList,
            headerSpan,
            PooledSigner.NormaliseHeadersToSign(options?.HeadersToSign),
            timestamp,
            options?.ExpirationInSeconds ?? BceSignOptions.DefaultExpirationInSeconds);
    }
}
