#if !NET
using System.Collections.ObjectModel;

namespace System.Runtime.InteropServices
{
    /// <summary>netstandard2.0 stand-in for <c>CollectionsMarshal.AsSpan</c>: a list's items, copied (its array is not reachable here).</summary>
    internal static class CollectionsMarshal
    {
        public static Span<T> AsSpan<T>(List<T>? list) => list is null ? default : list.ToArray();
    }
}

namespace Bce.Runtime
{
    /// <summary>netstandard2.0 bodies of the collection and span helpers .NET added (lookups, deconstruction, counting).</summary>
    internal static class CollectionPolyfills
    {
        extension<TKey, TValue>(IReadOnlyDictionary<TKey, TValue> dictionary)
        {
            public TValue? GetValueOrDefault(TKey key) => dictionary.TryGetValue(key, out var value) ? value : default;
        }

        extension<TKey, TValue>(KeyValuePair<TKey, TValue> pair)
        {
            public void Deconstruct(out TKey key, out TValue value)
            {
                key = pair.Key;
                value = pair.Value;
            }
        }

        extension<TKey, TValue>(ReadOnlyDictionary<TKey, TValue>)
            where TKey : notnull
        {
            public static ReadOnlyDictionary<TKey, TValue> Empty => EmptyReadOnlyDictionary<TKey, TValue>.Instance;
        }

        extension(ReadOnlySpan<byte> span)
        {
            public ReadOnlySpan<byte> Trim(ReadOnlySpan<byte> trimElements)
            {
                var start = 0;
                while (start < span.Length && trimElements.IndexOf(span[start]) >= 0)
                {
                    start++;
                }

                var end = span.Length;
                while (end > start && trimElements.IndexOf(span[end - 1]) >= 0)
                {
                    end--;
                }

                return span.Slice(start, end - start);
            }

            public int Count(byte value)
            {
                var count = 0;
                foreach (var b in span)
                {
                    if (b == value)
                    {
                        count++;
                    }
                }

                return count;
            }
        }

        private static class EmptyReadOnlyDictionary<TKey, TValue>
            where TKey : notnull
        {
            public static readonly ReadOnlyDictionary<TKey, TValue> Instance = new(new Dictionary<TKey, TValue>());
        }
    }
}
#endif
