#if NET
using System.Runtime.CompilerServices;
#endif

namespace Bce.Runtime.Compatibility;

/// <summary>
/// Asks a string set about a span without making a string: .NET 9's alternate lookup on net10.0. netstandard2.0 has no
/// span-keyed lookups (a span cannot be a generic argument there), so it makes the string.
/// </summary>
internal static class SpanSetLookup
{
#if NET
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Contains(HashSet<string> set, ReadOnlySpan<char> key) => set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(key);
#else
    public static bool Contains(HashSet<string> set, ReadOnlySpan<char> key) => set.Contains(key.ToString());
#endif
}
