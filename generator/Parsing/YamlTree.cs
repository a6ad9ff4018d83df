using System.Collections.Generic;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Bce.Generator.Parsing;

/// <summary>A YAML node with where it stands in the file.</summary>
internal abstract class YamlNode
{
    protected YamlNode(Mark start, Mark end)
    {
        Start = start;
        End = end;
    }

    public Mark Start { get; }

    public Mark End { get; }
}

internal sealed class YamlScalar : YamlNode
{
    public YamlScalar(string value, Mark start, Mark end)
        : base(start, end) => Value = value;

    public string Value { get; }
}

internal sealed class YamlSequence : YamlNode
{
    public YamlSequence(List<YamlNode> items, Mark start, Mark end)
        : base(start, end) => Items = items;

    public List<YamlNode> Items { get; }
}

/// <summary>
/// A mapping whose entries stay in file order and may repeat a key: YamlDotNet's own representation model throws on a
/// duplicate key, and the spec wants to report "duplicate operation" at the second definition instead.
/// </summary>
internal sealed class YamlMapping : YamlNode
{
    public YamlMapping(List<KeyValuePair<YamlScalar, YamlNode>> entries, Mark start, Mark end)
        : base(start, end) => Entries = entries;

    public List<KeyValuePair<YamlScalar, YamlNode>> Entries { get; }
}

/// <summary>Builds <see cref="YamlNode"/> trees from YamlDotNet's event parser (anchors and aliases resolved).</summary>
internal sealed class YamlTreeReader
{
    private readonly Dictionary<string, YamlNode> _anchors = new(System.StringComparer.Ordinal);
    private readonly IParser _parser;

    private YamlTreeReader(string text) => _parser = new TrackingParser(new Parser(new System.IO.StringReader(text)), this);

    /// <summary>
    /// Where the last event that parsed cleanly ended: the best position for errors YamlDotNet raises without one
    /// (some malformed input throws InvalidOperationException from the scanner).
    /// </summary>
    public Mark LastGoodMark { get; private set; } = Mark.Empty;

    /// <summary>Reads the first document; null when the stream holds none.</summary>
    /// <exception cref="YamlException">Malformed YAML, with the position YamlDotNet knows.</exception>
    public static YamlNode? ReadFirstDocument(string text, out YamlTreeReader reader)
    {
        reader = new YamlTreeReader(text);
        reader._parser.Consume<StreamStart>();
        if (!reader._parser.TryConsume<DocumentStart>(out _))
        {
            return null;
        }

        var root = reader.ReadNode();
        reader._parser.Consume<DocumentEnd>();
        if (reader._parser.Accept<DocumentStart>(out var extra))
        {
            reader.ExtraDocument = extra;
        }

        return root;
    }

    /// <summary>The start of a second document, which the spec format does not use; null when there is none.</summary>
    public DocumentStart? ExtraDocument { get; private set; }

    private YamlNode ReadNode()
    {
        var parser = _parser;
        var anchors = _anchors;
        if (parser.TryConsume<AnchorAlias>(out var alias))
        {
            if (!anchors.TryGetValue(alias.Value.Value, out var target))
            {
                throw new YamlException(alias.Start, alias.End, $"Anchor '{alias.Value.Value}' is not defined before this alias.");
            }

            return target;
        }

        if (parser.TryConsume<Scalar>(out var scalar))
        {
            var node = new YamlScalar(scalar.Value, scalar.Start, scalar.End);
            Remember(scalar.Anchor, node, anchors);
            return node;
        }

        if (parser.TryConsume<SequenceStart>(out var sequenceStart))
        {
            var items = new List<YamlNode>();
            SequenceEnd sequenceEnd;
            while (!parser.TryConsume(out sequenceEnd!))
            {
                items.Add(ReadNode());
            }

            var node = new YamlSequence(items, sequenceStart.Start, sequenceEnd.End);
            Remember(sequenceStart.Anchor, node, anchors);
            return node;
        }

        var mappingStart = parser.Consume<MappingStart>();
        var entries = new List<KeyValuePair<YamlScalar, YamlNode>>();
        var end = mappingStart.End;
        while (!parser.TryConsume<MappingEnd>(out _))
        {
            var key = ReadNode();
            if (key is not YamlScalar scalarKey)
            {
                throw new YamlException(key.Start, key.End, "Mapping keys must be plain scalars.");
            }

            var value = ReadNode();
            entries.Add(new KeyValuePair<YamlScalar, YamlNode>(scalarKey, value));
            end = value.End;
        }

        var mapping = new YamlMapping(entries, mappingStart.Start, end);
        Remember(mappingStart.Anchor, mapping, anchors);
        return mapping;
    }

    private static void Remember(YamlDotNet.Core.AnchorName anchor, YamlNode node, Dictionary<string, YamlNode> anchors)
    {
        if (!anchor.IsEmpty)
        {
            anchors[anchor.Value] = node;
        }
    }

    /// <summary>Passes events through and remembers where the last one ended.</summary>
    private sealed class TrackingParser : IParser
    {
        private readonly IParser _inner;
        private readonly YamlTreeReader _owner;

        public TrackingParser(IParser inner, YamlTreeReader owner)
        {
            _inner = inner;
            _owner = owner;
        }

        public ParsingEvent? Current => _inner.Current;

        public bool MoveNext()
        {
            var moved = _inner.MoveNext();
            if (moved && _inner.Current is { } current)
            {
                _owner.LastGoodMark = current.End;
            }

            return moved;
        }
    }
}
