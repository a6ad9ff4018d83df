using System.Globalization;
using System.Text.Json;

namespace Bce.Emulator.Wire;

/// <summary>
/// One page of a marker-paged list (ListPeerConn, ListVpcs, ListSubnets, ListIpReserves). Items are ordered by id; a
/// page starts at the first id not below the marker.
/// </summary>
/// <param name="Items">The items on this page.</param>
/// <param name="Marker">The echoed start position: the request's marker, else the first item's id; null for an empty first page.</param>
/// <param name="NextMarker">The id the next page starts at; null when this is the last page.</param>
/// <param name="MaxKeys">The page size used.</param>
internal sealed record ListPage<T>(IReadOnlyList<T> Items, string? Marker, string? NextMarker, int MaxKeys)
{
    /// <summary>The page of <paramref name="ordered"/> (sorted ordinally by <paramref name="idOf"/>) that starts at <paramref name="marker"/>.</summary>
    public static ListPage<T> Of(IReadOnlyList<T> ordered, Func<T, string> idOf, string? marker, int maxKeys)
    {
        var start = 0;
        if (marker is not null)
        {
            while (start < ordered.Count && string.CompareOrdinal(idOf(ordered[start]), marker) < 0)
            {
                start++;
            }
        }

        var page = ordered.Skip(start).Take(maxKeys).ToList();
        var nextMarker = start + maxKeys < ordered.Count ? idOf(ordered[start + maxKeys]) : null;
        var echoedMarker = marker ?? (page.Count > 0 ? idOf(page[0]) : null);
        return new ListPage<T>(page, echoedMarker, nextMarker, maxKeys);
    }

    /// <summary>
    /// Writes <c>{"ITEMS":[…],"marker"?,"isTruncated","nextMarker"?,"maxKeys"}</c>: <c>marker</c> is left out of an
    /// empty first page and <c>nextMarker</c> of the last page.
    /// </summary>
    public void Write(Utf8JsonWriter writer, string itemsName, Action<Utf8JsonWriter, T> writeItem)
    {
        writer.WriteStartObject();
        writer.WriteStartArray(itemsName);
        foreach (var item in Items)
        {
            writeItem(writer, item);
        }

        writer.WriteEndArray();
        if (Marker is not null)
        {
            writer.WriteString("marker", Marker);
        }

        writer.WriteBoolean("isTruncated", NextMarker is not null);
        if (NextMarker is not null)
        {
            writer.WriteString("nextMarker", NextMarker);
        }

        writer.WriteNumber("maxKeys", MaxKeys);
        writer.WriteEndObject();
    }
}

/// <summary>The <c>maxKeys</c> query parameter of every marker-paged list.</summary>
internal static class MaxKeys
{
    /// <summary>The page size when none is given, and the largest allowed.</summary>
    public const int Default = 1000;

    /// <summary>1 to 1000; absent or empty means 1000; anything else is <c>InvalidHTTPRequest</c>.</summary>
    public static int Parse(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return Default;
        }

        return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value is >= 1 and <= Default
            ? value
            : throw ApiErrors.InvalidHttpRequest($"maxKeys must be an integer from 1 to {Default}.");
    }
}
