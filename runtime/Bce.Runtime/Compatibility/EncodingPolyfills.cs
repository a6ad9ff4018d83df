#if !NET
using System.Text;

namespace Bce.Runtime;

/// <summary>
/// netstandard2.0 bodies of <see cref="Encoding"/>'s span overloads, through arrays: the same bytes and the same
/// exceptions (a strict encoder still throws on a lone surrogate), at the cost of a copy on this target only.
/// </summary>
internal static class EncodingPolyfills
{
    extension(Encoding encoding)
    {
        public int GetByteCount(ReadOnlySpan<char> chars) => encoding.GetByteCount(chars.ToArray());

        public int GetBytes(ReadOnlySpan<char> chars, Span<byte> bytes)
        {
            var encoded = encoding.GetBytes(chars.ToArray());
            encoded.CopyTo(bytes);
            return encoded.Length;
        }

        public int GetBytes(string chars, Span<byte> bytes)
        {
            var encoded = encoding.GetBytes(chars);
            encoded.CopyTo(bytes);
            return encoded.Length;
        }

        public string GetString(ReadOnlySpan<byte> bytes) => encoding.GetString(bytes.ToArray());
    }
}
#endif
