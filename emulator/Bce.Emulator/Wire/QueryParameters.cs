using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Bce.Emulator.Wire;

/// <summary>
/// The query string exactly as received, decoded once. Both signature verification and the handlers read this one
/// view, so the emulator can never sign one interpretation of a query and act on another. A bare flag
/// (<c>?accept</c>) and an empty value (<c>?accept=</c>) both become <c>("accept", "")</c>; <c>+</c> decodes to a
/// space, as servlet and Go servers do.
/// </summary>
internal sealed class QueryParameters
{
    private readonly List<KeyValuePair<string, string>> _pairs;

    private QueryParameters(List<KeyValuePair<string, string>> pairs) => _pairs = pairs;

    /// <summary>Every parameter in arrival order, duplicates included.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Pairs => _pairs;

    /// <summary>Parses the query of the raw request target (falls back to the decoded query string).</summary>
    public static QueryParameters From(HttpRequest request)
    {
        var rawTarget = request.HttpContext.Features.Get<IHttpRequestFeature>()?.RawTarget;
        string rawQuery;
        if (!string.IsNullOrEmpty(rawTarget) && rawTarget.IndexOf('?') is var mark and >= 0)
        {
            rawQuery = rawTarget[(mark + 1)..];
        }
        else
        {
            rawQuery = request.QueryString.HasValue ? request.QueryString.Value![1..] : string.Empty;
        }

        return Parse(rawQuery);
    }

    /// <summary>Parses <c>a=1&amp;flag&amp;b=x%20y</c> (without the leading <c>?</c>).</summary>
    public static QueryParameters Parse(string rawQuery)
    {
        var pairs = new List<KeyValuePair<string, string>>();
        foreach (var part in rawQuery.Split('&'))
        {
            if (part.Length == 0)
            {
                continue;
            }

            var equals = part.IndexOf('=');
            var key = Decode(equals < 0 ? part : part[..equals]);
            var value = equals < 0 ? string.Empty : Decode(part[(equals + 1)..]);
            if (key.Length > 0)
            {
                pairs.Add(new(key, value));
            }
        }

        return new QueryParameters(pairs);
    }

    /// <summary>Whether the parameter is present, with or without a value.</summary>
    public bool Has(string name) => _pairs.Exists(p => string.Equals(p.Key, name, StringComparison.Ordinal));

    /// <summary>The first value of the parameter, or null when absent.</summary>
    public string? Get(string name)
    {
        foreach (var pair in _pairs)
        {
            if (string.Equals(pair.Key, name, StringComparison.Ordinal))
            {
                return pair.Value;
            }
        }

        return null;
    }

    private static string Decode(string text)
    {
        if (text.IndexOf('%') < 0 && text.IndexOf('+') < 0)
        {
            return text;
        }

        var bytes = new List<byte>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '+')
            {
                bytes.Add((byte)' ');
            }
            else if (c == '%' && i + 2 < text.Length && IsHex(text[i + 1]) && IsHex(text[i + 2]))
            {
                bytes.Add(Convert.ToByte(text.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                var length = char.IsHighSurrogate(c) && i + 1 < text.Length ? 2 : 1;
                bytes.AddRange(Encoding.UTF8.GetBytes(text.Substring(i, length)));
                i += length - 1;
            }
        }

        return Encoding.UTF8.GetString(bytes.ToArray());
    }

    private static bool IsHex(char c) => char.IsAsciiHexDigit(c);
}
