using System.Text;

namespace Bce.Runtime.Credentials;

/// <summary>
/// Reads the INI dialect the Python CLI writes (layout in <see cref="LegacyCredentialsFile"/>): <c>[section]</c>
/// headers, <c>key = value</c> or <c>key: value</c> lines, whole-line comments starting with <c>#</c> or <c>;</c>.
/// Repeated sections merge and a repeated key's last value wins, as in Python. Continued (multi-line) values are not
/// supported: credentials are one line. Errors name the line and never quote it.
/// </summary>
internal static class LegacyCredentialsFileParser
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <exception cref="BceCredentialFileException">The bytes are not UTF-8, or a line is neither a header, a key nor a comment.</exception>
    public static LegacyCredentialsFile Parse(byte[] bytes, string path)
    {
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new BceCredentialFileException(path, null, null, "is not UTF-8 text");
        }

        var sections = new Dictionary<string, LegacySection>(StringComparer.Ordinal);
        LegacySection? current = null;
        var lineNumber = 0;
        foreach (var raw in text.TrimStart('\uFEFF').Split('\n'))
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.Length == 0 || line[0] is '#' or ';')
            {
                continue;
            }

            if (line[0] == '[')
            {
                current = Header(line, lineNumber, path, sections);
                continue;
            }

            var separator = line.AsSpan().IndexOfAny('=', ':');
            if (separator <= 0)
            {
                throw new BceCredentialFileException(path, lineNumber, null, "expected \"key = value\", a [section] header or a comment");
            }

            if (current is null)
            {
                throw new BceCredentialFileException(path, lineNumber, null, "has a key before any [section] header");
            }

            current.Set(line[..separator].Trim().ToLowerInvariant(), line[(separator + 1)..].Trim());
        }

        return new LegacyCredentialsFile(sections);
    }

    private static LegacySection Header(string line, int lineNumber, string path, Dictionary<string, LegacySection> sections)
    {
        var name = line.Length > 2 && line[^1] == ']' ? line[1..^1].Trim() : string.Empty;
        if (name.Length == 0)
        {
            throw new BceCredentialFileException(path, lineNumber, null, "expected a [section] header");
        }

        if (!sections.TryGetValue(name, out var section))
        {
            section = new LegacySection(name, lineNumber);
            sections.Add(name, section);
        }

        return section;
    }
}
