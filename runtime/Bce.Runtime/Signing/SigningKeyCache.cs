using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using Bce.Runtime.Credentials;

namespace Bce.Runtime.Signing;

/// <summary>
/// The bce-auth-v1 signing key, <c>HMAC-SHA256(secret key, auth-string prefix)</c> in lowercase hex, kept on each
/// thread for the prefix it was derived for: the same credentials object, the same signing second and the same
/// expiration. Every call signed in the same second with the same keys (nearly all of them, under load) then costs one
/// HMAC instead of two, as the AWS SDKs keep their SigV4 signing key for the day it is valid for.
/// </summary>
/// <remarks>
/// The key is as sensitive as the signatures it makes for that second: it stays in this thread's one entry, is
/// overwritten by the next derivation, and is never logged or returned beyond the signer. <see cref="BceCredentials"/>
/// is immutable, so the same object means the same keys; a rotated or refreshed credentials object derives anew.
/// </remarks>
internal static class SigningKeyCache
{
    [ThreadStatic]
    private static Entry? t_entry;

    /// <summary>The signing key for <paramref name="prefix"/> (which <paramref name="timestamp"/> and the expiration made); valid until this thread signs again.</summary>
    public static ReadOnlySpan<byte> For(BceCredentials credentials, DateTimeOffset timestamp, int expirationInSeconds, ReadOnlySpan<char> prefix)
    {
        var second = timestamp.UtcTicks / TimeSpan.TicksPerSecond;
        var entry = t_entry ??= new Entry();
        if (!ReferenceEquals(entry.Credentials, credentials) || entry.Second != second || entry.ExpirationInSeconds != expirationInSeconds)
        {
            // Marked empty first: a derivation that throws leaves no entry behind that looks valid.
            entry.Credentials = null;
            Derive(credentials.SecretAccessKey, prefix, entry.Key);
            entry.Credentials = credentials;
            entry.Second = second;
            entry.ExpirationInSeconds = expirationInSeconds;
        }

        return entry.Key;
    }

    private static void Derive(string secretAccessKey, ReadOnlySpan<char> prefix, Span<byte> key)
    {
        var maxLength = Encoding.UTF8.GetMaxByteCount(secretAccessKey.Length) + Encoding.UTF8.GetMaxByteCount(prefix.Length);
        byte[]? rented = null;
        Span<byte> bytes = maxLength <= 512 ? stackalloc byte[512] : (rented = ArrayPool<byte>.Shared.Rent(maxLength));
        try
        {
            var secretLength = Encoding.UTF8.GetBytes(secretAccessKey, bytes);
            var prefixBytes = bytes[secretLength..];
            var prefixLength = Encoding.UTF8.GetBytes(prefix, prefixBytes);
            Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
            HMACSHA256.HashData(bytes[..secretLength], prefixBytes[..prefixLength], mac);
            PooledSigner.WriteLowerHex(mac, key);
        }
        finally
        {
            bytes.Clear();
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    private sealed class Entry
    {
        public readonly byte[] Key = new byte[HMACSHA256.HashSizeInBytes * 2];

        public BceCredentials? Credentials;

        public long Second;

        public int ExpirationInSeconds;
    }
}
