using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Net.Http.Headers;

namespace Bce.Runtime.Pipeline;

/// <summary>
/// An answer's headers as a case-insensitive, read-only name → value map (a header sent several times keeps its values
/// joined by ", "), read from the response's own header collections as they arrived. A lookup reads them in place; the
/// first enumeration copies them once. Most answers are only asked for their request id and ETag, so this costs one
/// small object per answer instead of a dictionary copy.
/// </summary>
/// <remarks>
/// Safe for concurrent readers: nothing writes the collections once the attempt has handed the answer over, and the
/// unvalidated view used here never parses (parsing is what writes to a header collection).
/// </remarks>
internal sealed class ResponseHeaders(HttpResponseHeaders response, HttpContentHeaders content) : IReadOnlyDictionary<string, string>
{
    private Dictionary<string, string>? _copy;

    public int Count => Copy().Count;

    public IEnumerable<string> Keys => Copy().Keys;

    public IEnumerable<string> Values => Copy().Values;

    public string this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"The answer has no '{key}' header.");

    public static ResponseHeaders Of(HttpResponseMessage answer) => new(answer.Headers, answer.Content.Headers);

    public bool ContainsKey(string key) => TryGetValue(key, out _);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out string value)
    {
        ArgumentNullException.ThrowIfNull(key);
        // Content headers last, as in the copy: a name in both (which .NET does not produce) reads as the copy does.
        if (content.NonValidated.TryGetValues(key, out var values) || response.NonValidated.TryGetValues(key, out values))
        {
            value = values.ToString();
            return true;
        }

        value = null;
        return false;
    }

    public IEnumerator<KeyValuePair<string, string>> GetEnumerator() => Copy().GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private Dictionary<string, string> Copy()
    {
        if (Volatile.Read(ref _copy) is { } copy)
        {
            return copy;
        }

        // Sized once: growing from the default capacity would allocate and copy the tables again.
        var responseHeaders = response.NonValidated;
        var contentHeaders = content.NonValidated;
        copy = new Dictionary<string, string>(responseHeaders.Count + contentHeaders.Count, StringComparer.OrdinalIgnoreCase);
        foreach (var header in responseHeaders)
        {
            copy[header.Key] = header.Value.ToString();
        }

        foreach (var header in contentHeaders)
        {
            copy[header.Key] = header.Value.ToString();
        }

        // Two readers racing here build equal copies; either may win.
        return Interlocked.CompareExchange(ref _copy, copy, null) ?? copy;
    }
}
