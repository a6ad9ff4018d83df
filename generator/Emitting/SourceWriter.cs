using System;
using System.Text;

namespace Bce.Generator.Emitting;

/// <summary>
/// Builds C# text with indentation, so emitters read like the code they produce. Much cheaper than SyntaxFactory with
/// NormalizeWhitespace, and the output is stable for snapshot diffs.
/// </summary>
internal sealed class SourceWriter
{
    private const string IndentUnit = "    ";
    private readonly StringBuilder _builder = new(capacity: 16 * 1024);
    private int _indentation;
    private bool _afterBlock;

    public void WriteLine(string line = "")
    {
        // A statement right after a closing brace gets a blank line first, as a careful engineer would write it.
        if (_afterBlock && line.Length > 0 && !IsContinuation(line))
        {
            _builder.Append('\n');
        }

        _afterBlock = false;
        if (line.Length > 0)
        {
            for (var i = 0; i < _indentation; i++)
            {
                _builder.Append(IndentUnit);
            }

            _builder.Append(line);
        }

        _builder.Append('\n');
    }

    /// <summary>Writes <c>{</c>, indents, and closes with <c>}</c> (plus <paramref name="suffix"/>) when disposed.</summary>
    public Block OpenBlock(string suffix = "")
    {
        WriteLine("{");
        _indentation++;
        return new Block(this, suffix);
    }

    public void Indent() => _indentation++;

    private static bool IsContinuation(string line) =>
        line.StartsWith("}", StringComparison.Ordinal) || line.StartsWith("else", StringComparison.Ordinal)
        || line.StartsWith(")", StringComparison.Ordinal) || line.StartsWith("catch", StringComparison.Ordinal)
        || line.StartsWith("finally", StringComparison.Ordinal);

    public void Unindent() => _indentation--;

    public override string ToString() => _builder.ToString();

    /// <summary>Closes a block opened by <see cref="OpenBlock"/>.</summary>
    public readonly struct Block : IDisposable
    {
        private readonly SourceWriter _writer;
        private readonly string _suffix;

        public Block(SourceWriter writer, string suffix)
        {
            _writer = writer;
            _suffix = suffix;
        }

        public void Dispose()
        {
            // A member list written as "member, blank line" would leave a blank line before the brace.
            var builder = _writer._builder;
            if (builder.Length >= 2 && builder[builder.Length - 1] == '\n' && builder[builder.Length - 2] == '\n')
            {
                builder.Length--;
            }

            _writer._indentation--;
            _writer.WriteLine("}" + _suffix);
            _writer._afterBlock = true;
        }
    }
}
