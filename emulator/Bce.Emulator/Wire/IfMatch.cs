namespace Bce.Emulator.Wire;

/// <summary>
/// Evaluates an <c>If-Match</c> header against a resource's ETag: <c>*</c> matches any existing resource; otherwise
/// any listed tag must equal the current one (quotes and a <c>W/</c> prefix are tolerated).
/// </summary>
internal static class IfMatch
{
    public static bool IsSatisfied(string? header, string currentETag)
    {
        if (string.IsNullOrWhiteSpace(header))
        {
            return true;
        }

        var current = Normalize(currentETag);
        foreach (var candidate in header.Split(','))
        {
            var trimmed = candidate.Trim();
            if (trimmed == "*" || Normalize(trimmed) == current)
            {
                return true;
            }
        }

        return false;
    }

    private static string Normalize(string tag)
    {
        var text = tag.StartsWith("W/", StringComparison.Ordinal) ? tag[2..] : tag;
        return text.Trim('"');
    }
}
