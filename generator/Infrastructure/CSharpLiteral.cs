using System.Globalization;
using System.Text;

namespace Bce.Generator.Infrastructure;

/// <summary>
/// The one literal policy: spec text as a C# string literal. Quotes and backslashes are escaped, and so is every
/// character that would end the line or is invisible (C0/C1 controls, U+2028, U+2029, surrogates), as <c>\uXXXX</c>:
/// a newline in an endpoint or an enum value must change the value, never the code.
/// </summary>
internal static class CSharpLiteral
{
    public static string String(string text)
    {
        var builder = new StringBuilder(text.Length + 2);
        builder.Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                default:
                    if (NeedsEscape(c))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    /// <summary>A UTF-8 literal (<c>"..."u8</c>); the text must be <see cref="IsWellFormed"/>.</summary>
    public static string Utf8(string text) => String(text) + "u8";

    /// <summary>No lone surrogate: the text has a UTF-8 form.</summary>
    public static bool IsWellFormed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            if (char.IsSurrogate(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Line terminators of C# (and YAML): text after one of these in a comment would become code.</summary>
    public static bool IsLineTerminator(char c) => c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029';

    private static bool NeedsEscape(char c) =>
        c < ' ' || (c >= '\u007F' && c <= '\u009F') || c is '\u2028' or '\u2029' or '\uFEFF' || char.IsSurrogate(c);
}
