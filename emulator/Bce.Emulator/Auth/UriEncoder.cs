using System.Text;

namespace Bce.Emulator.Auth;

/// <summary>
/// bce-auth-v1 UriEncode: UTF-8 bytes, <c>A–Z a–z 0–9 - . _ ~</c> kept, everything else <c>%XX</c> with uppercase hex.
/// </summary>
internal static class UriEncoder
{
    /// <summary>Encodes every reserved character, <c>/</c> included.</summary>
    public static string Encode(string value) => Encode(value, keepSlash: false);

    /// <summary>Encodes a path: like <see cref="Encode(string)"/> but keeps <c>/</c>.</summary>
    public static string EncodePath(string value) => Encode(value, keepSlash: true);

    private static string Encode(string value, bool keepSlash)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            var c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or '~' || (keepSlash && c == '/'))
            {
                builder.Append(c);
            }
            else
            {
                builder.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }
}
