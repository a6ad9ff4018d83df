using System.Text;
using Bce.Generator.Infrastructure;

namespace Bce.Generator.Emitting;

/// <summary>XML documentation comments from spec text.</summary>
internal static class XmlDoc
{
    public static void Summary(SourceWriter writer, string text, string fallback = "")
    {
        var content = text.Length > 0 ? text : fallback;
        if (content.Length == 0)
        {
            return;
        }

        var escaped = Paragraphs(content).Trim();
        if (escaped.Length <= 90 && escaped.IndexOf('\n') < 0)
        {
            writer.WriteLine($"/// <summary>{escaped}</summary>");
            return;
        }

        writer.WriteLine("/// <summary>");
        foreach (var line in Wrap(escaped))
        {
            writer.WriteLine("/// " + line);
        }

        writer.WriteLine("/// </summary>");
    }

    public static void Remarks(SourceWriter writer, string text)
    {
        if (text.Length == 0)
        {
            return;
        }

        writer.WriteLine("/// <remarks>");
        foreach (var line in Wrap(Paragraphs(text)))
        {
            writer.WriteLine("/// " + line);
        }

        writer.WriteLine("/// </remarks>");
    }

    /// <summary>Spec text for use inside one line of a doc comment: escaped, every line break turned into a space.</summary>
    public static string Escape(string text) => Paragraphs(text).Replace('\n', ' ');

    /// <summary>
    /// The one XML doc policy. Every line terminator C# knows (CR, LF, U+0085, U+2028, U+2029) becomes <c>\n</c>, where
    /// the writer starts a new <c>///</c> line (any other would end the comment and turn the rest into code); characters
    /// XML forbids become a space or U+FFFD; markup characters are escaped.
    /// </summary>
    private static string Paragraphs(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                continue;
            }

            if (CSharpLiteral.IsLineTerminator(c))
            {
                builder.Append('\n');
            }
            else if (c == '&')
            {
                builder.Append("&amp;");
            }
            else if (c == '<')
            {
                builder.Append("&lt;");
            }
            else if (c == '>')
            {
                builder.Append("&gt;");
            }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF')
            {
                builder.Append('\uFFFD');
            }
            else if (c < ' ' || (c >= '\u007F' && c <= '\u009F'))
            {
                builder.Append(' ');
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>Breaks long text at spaces near 110 characters, so generated files stay readable in a diff.</summary>
    private static string[] Wrap(string text)
    {
        const int width = 110;
        var normalized = text.Trim();
        var lines = new System.Collections.Generic.List<string>();
        foreach (var paragraph in normalized.Split('\n'))
        {
            var line = new StringBuilder();
            foreach (var word in paragraph.Split(' '))
            {
                if (word.Length == 0)
                {
                    continue;
                }

                if (line.Length > 0 && line.Length + 1 + word.Length > width)
                {
                    lines.Add(line.ToString());
                    line.Clear();
                }

                if (line.Length > 0)
                {
                    line.Append(' ');
                }

                line.Append(word);
            }

            lines.Add(line.ToString());
        }

        return lines.ToArray();
    }
}
