#if !NET
using System.Runtime.CompilerServices;
using System.Security.Cryptography;

namespace Bce.Runtime
{
    /// <summary>
    /// netstandard2.0 bodies of the one-shot HMAC and hex helpers .NET added: an <see cref="HMACSHA256"/> instance per
    /// call and <see cref="BitConverter"/>-free lowercase hex. The same bytes as net10.0, which the signing vectors check.
    /// </summary>
    internal static class CryptographyPolyfills
    {
        private const string HexLower = "0123456789abcdef";

        extension(HMACSHA256)
        {
            public static int HashSizeInBytes => 32;

            public static byte[] HashData(byte[] key, byte[] source)
            {
                using var hmac = new HMACSHA256(key);
                return hmac.ComputeHash(source);
            }

            /// <summary>The key is a secret (or a signing key): its copy and the MAC's are cleared before they are dropped.</summary>
            public static int HashData(ReadOnlySpan<byte> key, ReadOnlySpan<byte> source, Span<byte> destination)
            {
                var keyCopy = key.ToArray();
                byte[]? mac = null;
                try
                {
                    mac = HMACSHA256.HashData(keyCopy, source.ToArray());
                    mac.CopyTo(destination);
                    return mac.Length;
                }
                finally
                {
                    CryptographicOperations.ZeroMemory(keyCopy);
                    if (mac is not null)
                    {
                        CryptographicOperations.ZeroMemory(mac);
                    }
                }
            }
        }

        extension(Convert)
        {
            public static string ToHexStringLower(byte[] bytes)
            {
                var chars = new char[bytes.Length * 2];
                TryToHexStringLower(bytes, chars, out _);
                return new string(chars);
            }

            public static bool TryToHexStringLower(ReadOnlySpan<byte> source, Span<char> destination, out int charsWritten)
            {
                if (destination.Length < source.Length * 2)
                {
                    charsWritten = 0;
                    return false;
                }

                for (var i = 0; i < source.Length; i++)
                {
                    destination[i * 2] = HexLower[source[i] >> 4];
                    destination[(i * 2) + 1] = HexLower[source[i] & 0xF];
                }

                charsWritten = source.Length * 2;
                return true;
            }

            /// <summary>The same digits as UTF-8 bytes (the form of a signing key).</summary>
            public static bool TryToHexStringLower(ReadOnlySpan<byte> source, Span<byte> utf8Destination, out int bytesWritten)
            {
                if (utf8Destination.Length < source.Length * 2)
                {
                    bytesWritten = 0;
                    return false;
                }

                for (var i = 0; i < source.Length; i++)
                {
                    utf8Destination[i * 2] = (byte)HexLower[source[i] >> 4];
                    utf8Destination[(i * 2) + 1] = (byte)HexLower[source[i] & 0xF];
                }

                bytesWritten = source.Length * 2;
                return true;
            }
        }
    }
}

namespace System.Security.Cryptography
{
    /// <summary>netstandard2.0 stand-in for the one member of <c>CryptographicOperations</c> the runtime uses.</summary>
    internal static class CryptographicOperations
    {
        /// <summary>Clears secret bytes; not inlined or optimised away, as the .NET original promises.</summary>
        [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.NoOptimization)]
        public static void ZeroMemory(Span<byte> buffer) => buffer.Clear();
    }
}
#endif
