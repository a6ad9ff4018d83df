using System.Text;

namespace Bce.Runtime.Signing;

/// <summary>
/// The bce-auth-v1 <c>UriEncode</c>: UTF-8 bytes, unreserved characters (<c>A–Z a–z 0–9 - . _ ~</c>) kept, every other
/// byte written as <c>%XX</c> with uppercase hex. Stricter than <see cref="Uri.EscapeDataString(string)"/> on purpose:
/// the signature must match the service byte for byte.
/// </summary>
public static class UriEncoder
{
    private const string HexDigits = "0123456789ABCDEF";

    // Lone surrogates cannot be UTF-8 encoded; failing loudly beats signing a replacement character the caller never sent.
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Encodes a query name or value, a header name or value, or a single path segment (<c>/</c> is encoded).</summary>
    /// <param name="value">The text to encode.</param>
    /// <returns>The encoded text.</returns>
    /// <exception cref="ArgumentException"><paramref name="value"/> contains a lone surrogate.</exception>
    public static string Encode(string value) => Encode(value, keepSlash: false);

    /// <summary>Encodes a raw (unescaped) path, keeping <c>/</c> as the segment separator.</summary>
    /// <param name="path">The raw path.</param>
    /// <returns>The encoded path.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> contains a lone surrogate.</exception>
    public static string EncodePath(string path) => Encode(path, keepSlash: true);

    /// <summary>Whether a character is RFC 3986 unreserved and therefore never encoded.</summary>
    /// <param name="c">The character.</param>
    /// <returns><see langword="true"/> for <c>A–Z a–z 0–9 - . _ ~</c>.</returns>
    public static bool IsUnreserved(char c) =>
        c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '.' or '_' or '~';

    /// <summary>Appends one byte as <c>%XX</c> (uppercase hex).</summary>
    internal static void AppendEscaped(StringBuilder builder, byte value) =>
        builder.Append('%').Append(HexDigits[value >> 4]).Append(HexDigits[value & 0xF]);

    /// <summary>Appends the UTF-8 bytes of <paramref name="text"/>, encoding all but unreserved characters.</summary>
    internal static void AppendEncoded(StringBuilder builder, ReadOnlySpan<char> text, bool keepSlash)
    {
        Span<byte> buffer = stackalloc byte[256];
        var byteCount = StrictUtf8.GetByteCount(text);
        var bytes = byteCount <= buffer.Length ? buffer[..byteCount] : new byte[byteCount];
        StrictUtf8.GetBytes(text, bytes);
        foreach (var b in bytes)
        {
            if (IsUnreserved((char)b) || (keepSlash && b == (byte)'/'))
            {
                builder.Append((char)b);
            }
            else
            {
                AppendEscaped(builder, b);
            }
        }
    }

    private static string Encode(string value, bool keepSlash)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (IsAlreadyCanonical(value, keepSlash))
        {
            return value;
        }

        var builder = new StringBuilder(value.Length * 3);
        AppendEncoded(builder, value, keepSlash);
        return builder.ToString();
    }

    private static bool IsAlreadyCanonical(string value, bool keepSlash)
    {
        foreach (var c in value)
        {
            if (!IsUnreserved(c) && !(keepSlash && c == '/'))
            {
                return false;
            }
        }

        return true;
    }
}
