using System.Text;

namespace Bce.Generator.Tests.Fuzzing;

/// <summary>
/// Seeded mutations of a spec's text, of the kinds that broke the generator before: renamed names (keywords, names
/// a letter's case apart, names of generated members), special characters in prose and values, swapped node kinds,
/// truncation, byte flips, anchors and aliases, deep nesting, and a very large spec.
/// </summary>
internal sealed class SpecMutator
{
    private static readonly string[] HostileNames =
    [
        "var", "record", "file", "required", "scoped", "__arglist", "_", "class", "Tag", "tag", "dnsStatus", "DnsStatus",
        "validate", "writeTo", "readFrom", "isKnown", "IsKnown", "Http400", "http400", "cancellationToken", "request",
        "Equals", "toString", "value", "ListAllPeerConns", "ListPeerConn", "PeerConnClient", "PeerConn", "peerConn",
        "peerConns", "marker", "x-y", "9lives", "a.b", "global", "Validate", "WriteBody", "withMarker", "ClientToken",
    ];

    private static readonly string[] HostileText =
    [
        "\\n", "\\r", "\\r\\n", "\\N", "\\L", "\\P", "\\t", "\\0", "\\x01", "\\\"", "\\\\", "<", ">", "&", "</summary>", "*/", "{", "}",
        "{region}", "{x}", "?", "#", "%", "\\u00e9", "\\U0001F600", "\\uFFFE", " ",
    ];

    private static readonly string[] Kinds = ["[]", "{}", "x", "[a, b]", "{ a: b }", "\"\"", "~", "1", "true", "|\n  block"];

    private readonly Random _random;

    public SpecMutator(int seed) => _random = new Random(seed);

    public (string Kind, string Text) Mutate(string spec) => _random.Next(9) switch
    {
        0 => ("rename", Rename(spec)),
        1 => ("special characters", SpecialCharacters(spec)),
        2 => ("node kind", SwapNodeKind(spec)),
        3 => ("truncation", spec.Substring(0, _random.Next(spec.Length))),
        4 => ("byte flips", FlipBytes(spec)),
        5 => ("aliases", Aliases(spec)),
        6 => ("deep nesting", DeepNesting(spec)),
        7 => ("rename twice", Rename(Rename(spec))),
        _ => ("special characters twice", SpecialCharacters(SpecialCharacters(spec))),
    };

    /// <summary>A spec of about <paramref name="megabytes"/> MB: its description repeated, in one long folded scalar.</summary>
    public static string Large(string spec, int megabytes)
    {
        var builder = new StringBuilder(spec.Length + (megabytes << 20));
        builder.Append(spec).Append("\n# padding\n");
        var line = "# " + new string('x', 98) + "\n";
        while (builder.Length < megabytes << 20)
        {
            builder.Append(line);
        }

        return builder.ToString();
    }

    private string Rename(string spec)
    {
        var words = Words(spec);
        var (start, length) = words[_random.Next(words.Count)];
        var name = HostileNames[_random.Next(HostileNames.Length)];
        var word = spec.Substring(start, length);

        // Half the time every occurrence, so references follow the rename and the spec stays valid.
        return _random.Next(2) == 0
            ? spec.Substring(0, start) + name + spec.Substring(start + length)
            : ReplaceWord(spec, word, name);
    }

    private string SpecialCharacters(string spec)
    {
        var lines = spec.Split('\n');
        var candidates = Enumerable.Range(0, lines.Length)
            .Where(i => lines[i].Contains(": ", StringComparison.Ordinal) && !lines[i].TrimStart().StartsWith('#'))
            .ToList();
        var index = candidates[_random.Next(candidates.Count)];
        var line = lines[index];
        var colon = line.IndexOf(": ", StringComparison.Ordinal);
        var value = line.Substring(colon + 2).Trim();
        var inner = value.Length > 0 && value[0] is not ('{' or '[' or '&' or '*' or '|' or '>' or '"' or '\'')
            ? value
            : "text";
        var insert = HostileText[_random.Next(HostileText.Length)];
        var at = _random.Next(inner.Length + 1);
        var quoted = "\"" + inner.Substring(0, at).Replace("\\", "\\\\").Replace("\"", "\\\"") + insert
            + inner.Substring(at).Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
        if (value.Length > 0 && value[0] is '{')
        {
            // Inside a flow mapping: put the text in as the description.
            quoted = value.TrimEnd('}').TrimEnd() + ", description: " + quoted + " }";
        }

        lines[index] = line.Substring(0, colon + 2) + quoted;
        return string.Join('\n', lines);
    }

    private string SwapNodeKind(string spec)
    {
        var lines = spec.Split('\n');
        var candidates = Enumerable.Range(0, lines.Length).Where(i => lines[i].Contains(':', StringComparison.Ordinal)).ToList();
        var index = candidates[_random.Next(candidates.Count)];
        var colon = lines[index].IndexOf(':', StringComparison.Ordinal);
        lines[index] = lines[index].Substring(0, colon + 1) + " " + Kinds[_random.Next(Kinds.Length)];
        return string.Join('\n', lines);
    }

    private string FlipBytes(string spec)
    {
        var bytes = Encoding.UTF8.GetBytes(spec);
        var flips = 1 + _random.Next(4);
        for (var i = 0; i < flips; i++)
        {
            bytes[_random.Next(bytes.Length)] ^= (byte)(1 << _random.Next(8));
        }

        return Encoding.UTF8.GetString(bytes);
    }

    private string Aliases(string spec)
    {
        // Anchor one flow mapping and refer to it from another place that holds one.
        var lines = spec.Split('\n');
        var flows = Enumerable.Range(0, lines.Length).Where(i => lines[i].Contains(": {", StringComparison.Ordinal)).ToList();
        var from = flows[_random.Next(flows.Count)];
        var to = flows[_random.Next(flows.Count)];
        var fromColon = lines[from].IndexOf(": {", StringComparison.Ordinal);
        lines[from] = lines[from].Substring(0, fromColon + 2) + "&fuzz " + lines[from].Substring(fromColon + 2);
        if (to != from)
        {
            var toColon = lines[to].IndexOf(": {", StringComparison.Ordinal);
            lines[to] = lines[to].Substring(0, toColon + 2) + (_random.Next(4) == 0 ? "*missing" : "*fuzz");
        }

        return string.Join('\n', lines);
    }

    private string DeepNesting(string spec)
    {
        var depth = _random.Next(4) == 0 ? 19_000 : _random.Next(10, 200);
        var opener = _random.Next(3) switch { 0 => "[", 1 => "{a: ", _ => "[{a: " };
        var nested = string.Concat(Enumerable.Repeat(opener, depth));
        var at = spec.IndexOf("\ntypes:", StringComparison.Ordinal);
        return _random.Next(2) == 0 ? nested : spec.Substring(0, at) + "\nx-deep: " + nested + spec.Substring(at);
    }

    private static List<(int Start, int Length)> Words(string text)
    {
        var words = new List<(int, int)>();
        for (var i = 0; i < text.Length;)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            words.Add((start, i - start));
        }

        return words;
    }

    private static string ReplaceWord(string text, string word, string replacement)
    {
        var builder = new StringBuilder(text.Length);
        var position = 0;
        foreach (var (start, length) in Words(text))
        {
            builder.Append(text, position, start - position);
            builder.Append(length == word.Length && string.CompareOrdinal(text, start, word, 0, length) == 0 ? replacement : text.Substring(start, length));
            position = start + length;
        }

        builder.Append(text, position, text.Length - position);
        return builder.ToString();
    }
}
