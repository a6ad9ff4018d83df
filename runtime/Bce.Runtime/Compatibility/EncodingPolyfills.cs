#if !NET
using System.Text;

namespace Bce.Runtime;

/// <summary>
/// netstandard2.0 bodies of <see cref="Encoding"/>'s span overloads, through arrays: the same bytes and the same
/// exceptions (a strict encoder still throws on a lone surrogate), at the cost of a copy on this target only. The
/// signer encodes secret keys through these, so every intermediate array is cleared before it is dropped.
/// </summary>
internal static class EncodingPolyfills
{
    extension(Encoding encoding)
    {
        public int GetByteCount(ReadOnlySpan<char> chars)
        {
            var copy = chars.ToArray();
            try
            {
                return encoding.GetByteCount(copy);
            }
            finally
            {
                Array.Clear(copy, 0, copy.Length);
            }
        }

        public int GetBytes(ReadOnlySpan<char> chars, Span<byte> bytes)
        {
            var copy = chars.ToArray();
            try
            {
                return Copy(encoding.GetBytes(copy), bytes);
            }
            finally
            {
                Array.Clear(copy, 0, copy.Length);
            }
        }

        public int GetBytes(string chars, Span<byte> bytes) => Copy(encoding.GetBytes(chars), bytes);

        public string GetString(ReadOnlySpan<byte> bytes) => encoding.GetString(bytes.ToArray());
    }

    private static int Copy(byte[] encoded, Span<byte> destination)
    {
        try
        {
            encoded.CopyTo(destination);
            return encoded.Length;
        }
        finally
        {
            Array.Clear(encoded, 0, encoded.Length);
        }
    }
}
#endif
