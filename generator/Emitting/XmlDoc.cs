using System.Text;

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

        var escaped = Escape(content).Trim();
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
        foreach (var line in Wrap(Escape(text)))
        {
            writer.WriteLine("/// " + line);
        }

        writer.WriteLine("/// </remarks>");
    }

    public static string Escape(string text) =>
        text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

    /// <summary>Breaks long text at spaces near 110 characters, so generated files stay readable in a diff.</summary>
    private static string[] Wrap(string text)
    {
        const int width = 110;
        var normalized = text.Replace("\r", string.Empty).Trim();
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
