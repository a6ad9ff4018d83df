#if !NET
using System.Buffers;

namespace System.Text
{
    /// <summary>netstandard2.0 stand-in for the <c>Ascii.IsValid</c> checks of .NET 8's <c>System.Text.Ascii</c>.</summary>
    internal static class Ascii
    {
        public static bool IsValid(ReadOnlySpan<char> value)
        {
            foreach (var c in value)
            {
                if (c > 0x7F)
                {
                    return false;
                }
            }

            return true;
        }

        public static bool IsValid(string value) => IsValid(value.AsSpan());

        /// <summary>Narrows ASCII text to bytes, stopping at the first non-ASCII character as .NET's does.</summary>
        public static OperationStatus FromUtf16(ReadOnlySpan<char> source, Span<byte> destination, out int bytesWritten) =>
            Narrow(source, destination, upper: false, out bytesWritten);

        /// <summary>Narrows ASCII text to upper-case bytes, stopping at the first non-ASCII character as .NET's does.</summary>
        public static OperationStatus ToUpper(ReadOnlySpan<char> source, Span<byte> destination, out int bytesWritten) =>
            Narrow(source, destination, upper: true, out bytesWritten);

        /// <summary>Lower-cases ASCII letters char to char, stopping at the first non-ASCII character as .NET's does.</summary>
        public static OperationStatus ToLower(ReadOnlySpan<char> source, Span<char> destination, out int charsWritten)
        {
            var length = Math.Min(source.Length, destination.Length);
            for (var i = 0; i < length; i++)
            {
                var c = source[i];
                if (c > 0x7F)
                {
                    charsWritten = i;
                    return OperationStatus.InvalidData;
                }

                destination[i] = c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
            }

            charsWritten = length;
            return length < source.Length ? OperationStatus.DestinationTooSmall : OperationStatus.Done;
        }

        private static OperationStatus Narrow(ReadOnlySpan<char> source, Span<byte> destination, bool upper, out int bytesWritten)
        {
            var length = Math.Min(source.Length, destination.Length);
            for (var i = 0; i < length; i++)
            {
                var c = source[i];
                if (c > 0x7F)
                {
                    bytesWritten = i;
                    return OperationStatus.InvalidData;
                }

                destination[i] = (byte)(upper && c is >= 'a' and <= 'z' ? c - 32 : c);
            }

            bytesWritten = length;
            return length < source.Length ? OperationStatus.DestinationTooSmall : OperationStatus.Done;
        }
    }
}

namespace Bce.Runtime
{
    /// <summary>netstandard2.0 bodies of <see cref="char"/>'s ASCII classification members (.NET 7).</summary>
    internal static class CharPolyfills
    {
        extension(char)
        {
            public static bool IsAsciiDigit(char c) => c is >= '0' and <= '9';

            public static bool IsAsciiLetterLower(char c) => c is >= 'a' and <= 'z';

            public static bool IsAsciiLetterOrDigit(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9';

            public static bool IsAsciiHexDigit(char c) => c is >= '0' and <= '9' or >= 'a' and <= 'f' or >= 'A' and <= 'F';
        }
    }
}
#endif
