using System;
using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;
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
    public YamlScalar(string value, Mark start, Mark end, bool isPlain = false)
        : base(start, end)
    {
        Value = value;
        IsPlain = isPlain;
    }

    public string Value { get; }

    /// <summary>Written without quotes, so YAML reads <c>1</c>, <c>true</c> or <c>null</c> as a number, a boolean or null.</summary>
    public bool IsPlain { get; }
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

/// <summary>What reading a spec's YAML gave: the first document's root (null when there is none), or where it broke.</summary>
internal sealed class YamlReadResult
{
    public YamlReadResult(YamlNode? root, DocumentStart? extraDocument, YamlReadError? error)
    {
        Root = root;
        ExtraDocument = extraDocument;
        Error = error;
    }

    public YamlNode? Root { get; }

    /// <summary>The start of a second document, which the spec format does not use; null when there is none.</summary>
    public DocumentStart? ExtraDocument { get; }

    public YamlReadError? Error { get; }
}

/// <summary>Malformed YAML: what YamlDotNet said, and the place in the file to fix.</summary>
internal sealed class YamlReadError
{
    public YamlReadError(string message, Mark start, Mark end)
    {
        Message = message;
        Start = start;
        End = end;
    }

    public string Message { get; }

    public Mark Start { get; }

    public Mark End { get; }
}

/// <summary>
/// Builds <see cref="YamlNode"/> trees from YamlDotNet's event parser (anchors and aliases resolved), and turns every
/// way YamlDotNet can fail into a <see cref="YamlReadError"/> at a real line and column.
/// </summary>
internal sealed class YamlTreeReader
{
    private static readonly Regex YamlMessagePrefix = new(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ", RegexOptions.CultureInvariant);

    private readonly Dictionary<string, YamlNode> _anchors = new(StringComparer.Ordinal);
    private readonly string _text;
    private readonly WatchedScanner _scanner;
    private readonly IParser _parser;

    private YamlTreeReader(string text)
    {
        _text = text;
        _scanner = new WatchedScanner(new Scanner(new StringReader(text)));
        _parser = new Parser(_scanner);
    }

    /// <summary>Reads the first document of <paramref name="text"/>. Never throws: malformed YAML becomes the result's error.</summary>
    public static YamlReadResult Read(string text)
    {
        var reader = new YamlTreeReader(text);
        try
        {
            return reader.ReadFirstDocument();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // YamlException mostly, but YamlDotNet raises some scanner errors as plain exceptions.
            return new YamlReadResult(null, null, reader.Locate(ex));
        }
    }

    private YamlReadResult ReadFirstDocument()
    {
        _parser.Consume<StreamStart>();
        if (!_parser.TryConsume<DocumentStart>(out _))
        {
            return new YamlReadResult(null, null, null);
        }

        var root = ReadNode();
        _parser.Consume<DocumentEnd>();
        _parser.Accept<DocumentStart>(out var extra);
        return new YamlReadResult(root, extra, null);
    }

    /// <summary>
    /// The best place for an error. YamlDotNet's own marks are right for most errors, but some scanner errors carry
    /// none (they would land on the file's first character), and a tab in indentation, which YAML forbids, is reported
    /// at the scalar being read, lines above: there, where the scanner stopped is the place to fix.
    /// </summary>
    private YamlReadError Locate(Exception exception)
    {
        var message = Describe(exception);
        var marked = exception is YamlException yaml && !IsFileStart(yaml.Start) ? yaml : null;
        if (_scanner.FailedAt is { } stop)
        {
            if (IndentationTab(stop) is { } tab)
            {
                return new YamlReadError(
                    $"YAML indents with spaces only; replace this tab (the YAML reader said: {message})",
                    tab,
                    new Mark(tab.Index + 1, tab.Line, tab.Column + 1));
            }

            if (marked is null)
            {
                return new YamlReadError(message, stop, stop);
            }
        }

        if (marked is not null)
        {
            return new YamlReadError(message, marked.Start, marked.End);
        }

        // No mark and no scanner failure: the parser ran out of input ("reached the end of the stream").
        var position = _scanner.CurrentPosition;
        return new YamlReadError(message, position, position);
    }

    private string Describe(Exception exception)
    {
        if (exception is YamlException)
        {
            return YamlMessagePrefix.Replace(exception.Message, string.Empty);
        }

        // The scanner's one plain exception: a flow collection's line indented less than the collection needs.
        return _scanner.FailedAt is not null
            ? "this line is still inside a '[' or '{' collection opened above: close the collection, or indent the line further"
            : $"the YAML reader failed here: {exception.Message}";
    }

    /// <summary>A tab in the indentation of the line where the scanner stopped, up to where it stopped.</summary>
    private Mark? IndentationTab(Mark stop)
    {
        var lineStart = stop.Index - (stop.Column - 1);
        if (lineStart < 0)
        {
            return null;
        }

        for (var index = lineStart; index <= stop.Index && index < _text.Length; index++)
        {
            switch (_text[(int)index])
            {
                case '\t':
                    return new Mark(index, stop.Line, index - lineStart + 1);
                case ' ':
                    continue;
                default:
                    return null;
            }
        }

        return null;
    }

    /// <summary>YamlDotNet's <see cref="Mark.Empty"/> (no position) and a real error on the first character look the same.</summary>
    private static bool IsFileStart(Mark mark) => mark.Index == 0;

    /// <summary>
    /// Reads one node with an explicit stack rather than recursion: a spec nested thousands of levels deep (a bare
    /// <c>[</c> repeated) must become a diagnostic, not a stack overflow that kills the compiler. Deeper than
    /// <see cref="MaxDepth"/> is refused at the collection that crosses it, which also stops YamlDotNet's scanner before
    /// its per-level bookkeeping makes the rest of the file cost quadratic time.
    /// </summary>
    private YamlNode ReadNode()
    {
        var parser = _parser;
        var anchors = _anchors;
        var open = new List<OpenCollection>();
        while (true)
        {
            YamlNode node;
            var top = open.Count > 0 ? open[open.Count - 1] : null;
            if (top is not null && top.IsSequence && parser.TryConsume<SequenceEnd>(out var sequenceEnd))
            {
                node = new YamlSequence(top.Items!, top.Start.Start, sequenceEnd.End);
                Remember(top.Anchor, node, anchors);
                open.RemoveAt(open.Count - 1);
            }
            else if (top is not null && !top.IsSequence && parser.TryConsume<MappingEnd>(out _))
            {
                node = new YamlMapping(top.Entries!, top.Start.Start, top.End);
                Remember(top.Anchor, node, anchors);
                open.RemoveAt(open.Count - 1);
            }
            else if (parser.TryConsume<AnchorAlias>(out var alias))
            {
                if (!anchors.TryGetValue(alias.Value.Value, out var target))
                {
                    throw new YamlException(alias.Start, alias.End, $"Anchor '{alias.Value.Value}' is not defined before this alias.");
                }

                node = target;
            }
            else if (parser.TryConsume<Scalar>(out var scalar))
            {
                node = new YamlScalar(scalar.Value, scalar.Start, scalar.End, scalar.Style == ScalarStyle.Plain);
                Remember(scalar.Anchor, node, anchors);
            }
            else
            {
                var start = parser.TryConsume<SequenceStart>(out var sequenceStart)
                    ? (NodeEvent)sequenceStart
                    : parser.Consume<MappingStart>();
                if (open.Count >= MaxDepth)
                {
                    throw new YamlException(start.Start, start.End, $"the spec nests deeper than {MaxDepth} levels; no spec needs that many");
                }

                open.Add(new OpenCollection(start));
                continue;
            }

            if (open.Count == 0)
            {
                return node;
            }

            open[open.Count - 1].Add(node);
        }
    }

    /// <summary>Far deeper than any spec goes (about eight levels), far shallower than what hurts.</summary>
    public const int MaxDepth = 64;

    /// <summary>A sequence or mapping whose end event has not come yet.</summary>
    private sealed class OpenCollection
    {
        private YamlScalar? _pendingKey;

        public OpenCollection(NodeEvent start)
        {
            Start = start;
            Anchor = start.Anchor;
            End = start.End;
            if (start is SequenceStart)
            {
                Items = new List<YamlNode>();
            }
            else
            {
                Entries = new List<KeyValuePair<YamlScalar, YamlNode>>();
            }
        }

        public NodeEvent Start { get; }

        public AnchorName Anchor { get; }

        public bool IsSequence => Items is not null;

        public List<YamlNode>? Items { get; }

        public List<KeyValuePair<YamlScalar, YamlNode>>? Entries { get; }

        /// <summary>Where the mapping ends: after its last value.</summary>
        public Mark End { get; private set; }

        public void Add(YamlNode node)
        {
            if (Items is not null)
            {
                Items.Add(node);
                return;
            }

            if (_pendingKey is null)
            {
                _pendingKey = node as YamlScalar ?? throw new YamlException(node.Start, node.End, "Mapping keys must be plain scalars.");
                return;
            }

            Entries!.Add(new KeyValuePair<YamlScalar, YamlNode>(_pendingKey, node));
            End = node.End;
            _pendingKey = null;
        }
    }

    private static void Remember(AnchorName anchor, YamlNode node, Dictionary<string, YamlNode> anchors)
    {
        if (!anchor.IsEmpty)
        {
            anchors[anchor.Value] = node;
        }
    }

    /// <summary>Passes tokens through and remembers where the scanner stood when it failed.</summary>
    private sealed class WatchedScanner : IScanner
    {
        private readonly Scanner _inner;

        public WatchedScanner(Scanner inner) => _inner = inner;

        /// <summary>Where the scanner's cursor was when it threw; null while it has not.</summary>
        public Mark? FailedAt { get; private set; }

        public Mark CurrentPosition => _inner.CurrentPosition;

        public YamlDotNet.Core.Tokens.Token? Current => _inner.Current;

        public bool MoveNext() => Watch(static scanner => scanner.MoveNext());

        public bool MoveNextWithoutConsuming() => Watch(static scanner => scanner.MoveNextWithoutConsuming());

        public void ConsumeCurrent() => _inner.ConsumeCurrent();

        private bool Watch(Func<Scanner, bool> move)
        {
            try
            {
                return move(_inner);
            }
            catch
            {
                FailedAt ??= _inner.CurrentPosition;
                throw;
            }
        }
    }
}
