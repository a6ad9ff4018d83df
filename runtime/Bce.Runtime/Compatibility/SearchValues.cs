#if !NET
using System.Runtime.CompilerServices;

namespace System.Buffers;

/// <summary>
/// netstandard2.0 stand-in for .NET 8's <c>SearchValues&lt;char&gt;</c>, limited to what the signer asks of it (ASCII
/// sets): a 128-bit map, so a lookup costs what it costs on net10.0 for the same sets, without vectorisation.
/// </summary>
internal sealed class SearchValues<T>
    where T : IEquatable<T>
{
    private readonly ulong _low;
    private readonly ulong _high;

    internal SearchValues(ReadOnlySpan<char> values)
    {
        foreach (var c in values)
        {
            if (c >= 128)
            {
                throw new ArgumentException("Only ASCII sets are supported on this target.", nameof(values));
            }

            if (c < 64)
            {
                _low |= 1UL << c;
            }
            else
            {
                _high |= 1UL << (c - 64);
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool Contains(char value) =>
        value < 64 ? (_low & (1UL << value)) != 0 : value < 128 && (_high & (1UL << (value - 64))) != 0;
}

/// <summary>The factory and the span searches of <see cref="SearchValues{T}"/> that the runtime uses.</summary>
internal static class SearchValues
{
    public static SearchValues<char> Create(string values) => new(values.AsSpan());

    public static int IndexOfAnyExcept(this ReadOnlySpan<char> span, SearchValues<char> values)
    {
        for (var i = 0; i < span.Length; i++)
        {
            if (!values.Contains(span[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
#endif
