#if !NET
namespace Bce.Runtime;

/// <summary>netstandard2.0 bodies of the <see cref="string"/> overloads .NET added (char and span forms, comparisons).</summary>
internal static class StringPolyfills
{
    extension(string text)
    {
        public bool StartsWith(char value) => text.Length > 0 && text[0] == value;

        public bool Contains(char value) => text.IndexOf(value) >= 0;

        public int IndexOf(char value, StringComparison comparison) =>
            comparison == StringComparison.Ordinal ? text.IndexOf(value) : text.IndexOf(value.ToString(), comparison);

        /// <summary>Only ordinal replacement is needed (and netstandard2.0's Replace is ordinal).</summary>
        public string Replace(string oldValue, string newValue, StringComparison comparison) =>
            comparison == StringComparison.Ordinal
                ? text.Replace(oldValue, newValue)
                : throw new NotSupportedException("Only ordinal replacement is available on this target.");

        public void CopyTo(Span<char> destination) => text.AsSpan().CopyTo(destination);
    }

    extension(string)
    {
        public static string Join(char separator, IEnumerable<string> values) => string.Join(separator.ToString(), values);

        /// <summary>The interpolation arrives as a <see cref="FormattableString"/> here, formatted with the same provider.</summary>
        public static string Create(IFormatProvider provider, FormattableString text) => text.ToString(provider);
    }

    extension(int value)
    {
        public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format = default, IFormatProvider? provider = null)
        {
            var text = value.ToString(format.IsEmpty ? null : format.ToString(), provider);
            if (text.Length > destination.Length)
            {
                charsWritten = 0;
                return false;
            }

            text.AsSpan().CopyTo(destination);
            charsWritten = text.Length;
            return true;
        }
    }
}
#endif
