using System.Threading;
using Microsoft.CodeAnalysis.Text;

namespace Bce.Generator.Parsing;

/// <summary>
/// Whether a YAML file looks like a spec, by text alone (no YAML parse: it runs over every YAML file of the project):
/// a line starting with the key <c>service:</c> and one starting with <c>operations:</c>.
/// </summary>
internal static class SpecLookalike
{
    /// <summary>The span of the top-level <c>service</c> key when the file also has a top-level <c>operations</c>; else null.</summary>
    public static TextSpan? FindServiceKey(SourceText text, CancellationToken cancellationToken)
    {
        TextSpan? service = null;
        var hasOperations = false;
        foreach (var line in text.Lines)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (service is null && StartsWithKey(text, line, "service"))
            {
                service = new TextSpan(line.Start, "service".Length);
            }
            else if (!hasOperations && StartsWithKey(text, line, "operations"))
            {
                hasOperations = true;
            }

            if (service is not null && hasOperations)
            {
                return service;
            }
        }

        return null;
    }

    /// <summary><c>key:</c> at column 0, followed by the end of the line, a space, a tab or a comment.</summary>
    private static bool StartsWithKey(SourceText text, TextLine line, string key)
    {
        if (line.Span.Length < key.Length + 1)
        {
            return false;
        }

        for (var i = 0; i < key.Length; i++)
        {
            if (text[line.Start + i] != key[i])
            {
                return false;
            }
        }

        if (text[line.Start + key.Length] != ':')
        {
            return false;
        }

        var after = line.Start + key.Length + 1;
        return after == line.End || text[after] is ' ' or '\t' or '#';
    }
}
