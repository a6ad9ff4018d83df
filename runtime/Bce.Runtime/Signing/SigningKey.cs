using System.Security.Cryptography;
using System.Text;

namespace Bce.Runtime.Signing;

/// <summary>
/// The bce-auth-v1 signing key: lowercase hex HMAC-SHA256 of the auth-string prefix keyed with the secret access key.
/// The key is as powerful as the secret for the signature's lifetime, so it is never logged or put in a message.
/// </summary>
public static class SigningKey
{
    /// <summary>Derives the signing key.</summary>
    /// <param name="secretAccessKey">The secret access key (SK).</param>
    /// <param name="authStringPrefix">The prefix <c>bce-auth-v1/{AK}/{timestamp}/{expiration}</c>.</param>
    /// <returns>The key as 64 lowercase hex characters.</returns>
    public static string Derive(string secretAccessKey, string authStringPrefix)
    {
        ArgumentException.ThrowIfNullOrEmpty(secretAccessKey);
        ArgumentException.ThrowIfNullOrEmpty(authStringPrefix);
        return HmacSha256Hex(secretAccessKey, authStringPrefix);
    }

    /// <summary>Lowercase hex HMAC-SHA256 of <paramref name="message"/> keyed with the UTF-8 bytes of <paramref name="key"/>.</summary>
    internal static string HmacSha256Hex(string key, string message)
    {
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), Encoding.UTF8.GetBytes(message));
        return Convert.ToHexStringLower(mac);
    }
}
