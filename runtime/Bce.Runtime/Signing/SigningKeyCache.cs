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
            entry.Derive(credentials, prefix);
            entry.Credentials = credentials;
            entry.Second = second;
            entry.ExpirationInSeconds = expirationInSeconds;
        }

        return entry.Key;
    }

    private sealed class Entry
    {
        public readonly byte[] Key = new byte[HMACSHA256.HashSizeInBytes * 2];

        public BceCredentials? Credentials;

        public long Second;

        public int ExpirationInSeconds;

#if NET
        /// <summary>
        /// An HMAC already keyed with this thread's secret key: deriving the next second's key then costs a hash, not
        /// the set-up of a new HMAC (most of a one-shot HMAC's time). Replaced, and its native state cleared, when the
        /// credentials change.
        /// </summary>
        private IncrementalHash? _keyed;

        /// <summary>The credentials whose secret key <see cref="_keyed"/> holds.</summary>
        private BceCredentials? _keyedFor;
#endif

        public void Derive(BceCredentials credentials, ReadOnlySpan<char> prefix)
        {
            var secretAccessKey = credentials.SecretAccessKey;
            var maxLength = Encoding.UTF8.GetMaxByteCount(secretAccessKey.Length) + Encoding.UTF8.GetMaxByteCount(prefix.Length);
            byte[]? rented = null;
            Span<byte> bytes = maxLength <= 512 ? stackalloc byte[512] : (rented = ArrayPool<byte>.Shared.Rent(maxLength));
            try
            {
                var prefixLength = Encoding.UTF8.GetBytes(prefix, bytes);
                Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
#if NET
                if (_keyed is null || !ReferenceEquals(_keyedFor, credentials))
                {
                    _keyed?.Dispose();
                    _keyed = null;
                    _keyedFor = null;
                    var secret = bytes[prefixLength..];
                    var secretLength = Encoding.UTF8.GetBytes(secretAccessKey, secret);
                    _keyed = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, secret[..secretLength]);
                    _keyedFor = credentials;
                }

                _keyed.AppendData(bytes[..prefixLength]);
                _keyed.TryGetHashAndReset(mac, out _);
#else
                var secret = bytes[prefixLength..];
                var secretLength = Encoding.UTF8.GetBytes(secretAccessKey, secret);
                HMACSHA256.HashData(secret[..secretLength], bytes[..prefixLength], mac);
#endif
                Convert.TryToHexStringLower(mac, Key, out _);
            }
#if NET
            catch
            {
                // Whatever it had absorbed must not open the next derivation.
                _keyed?.Dispose();
                _keyed = null;
                _keyedFor = null;
                throw;
            }
#endif
            finally
            {
                bytes.Clear();
                if (rented is not null)
                {
                    ArrayPool<byte>.Shared.Return(rented);
                }
            }
        }
    }
}
