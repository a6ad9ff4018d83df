#if !NET
using System.Globalization;

namespace Bce.Runtime;

/// <summary>netstandard2.0 bodies of the span parse overloads .NET added, through a string on this target only.</summary>
internal static class ParsingPolyfills
{
    extension(long)
    {
        public static bool TryParse(ReadOnlySpan<char> text, NumberStyles style, IFormatProvider? provider, out long result) =>
            long.TryParse(text.ToString(), style, provider, out result);
    }

    extension(DateTimeOffset)
    {
        public static bool TryParseExact(ReadOnlySpan<char> text, string format, IFormatProvider? provider, DateTimeStyles styles, out DateTimeOffset result) =>
            DateTimeOffset.TryParseExact(text.ToString(), format, provider, styles, out result);
    }
}
#endif
