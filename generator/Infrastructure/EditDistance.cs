using System;

namespace Bce.Generator.Infrastructure;

/// <summary>
/// How many single-character edits (insert, delete, replace, swap two neighbours) turn one word into another,
/// ignoring case: <c>idempotnet</c> is one swap from <c>idempotent</c>. Used to tell a typo from an unknown key.
/// </summary>
internal static class EditDistance
{
    /// <summary>
    /// The closest of <paramref name="candidates"/> to <paramref name="word"/> (the first one on a tie), or null when
    /// none is close enough to be a typo: two edits, or one for candidates of four letters or fewer, where two edits
    /// reach too many unrelated words (<c>page</c> is two from <c>path</c>).
    /// </summary>
    public static string? ClosestMatch(string word, string[] candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var limit = candidate.Length <= 4 ? 1 : 2;
            var distance = Between(word, candidate, limit);
            if (distance <= limit && distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>
    /// Optimal string alignment distance, case-insensitive; any answer above <paramref name="limit"/> is returned as
    /// <c>limit + 1</c> without finishing the table.
    /// </summary>
    public static int Between(string left, string right, int limit)
    {
        if (Math.Abs(left.Length - right.Length) > limit)
        {
            return limit + 1;
        }

        // Three rows of the dynamic-programming table: the one before the previous is needed for swaps.
        var beforePrevious = new int[right.Length + 1];
        var previous = new int[right.Length + 1];
        var current = new int[right.Length + 1];
        for (var j = 0; j <= right.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= left.Length; i++)
        {
            current[0] = i;
            var rowMinimum = i;
            for (var j = 1; j <= right.Length; j++)
            {
                var cost = SameLetter(left[i - 1], right[j - 1]) ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && SameLetter(left[i - 1], right[j - 2]) && SameLetter(left[i - 2], right[j - 1]))
                {
                    value = Math.Min(value, beforePrevious[j - 2] + 1);
                }

                current[j] = value;
                rowMinimum = Math.Min(rowMinimum, value);
            }

            if (rowMinimum > limit)
            {
                return limit + 1;
            }

            (beforePrevious, previous, current) = (previous, current, beforePrevious);
        }

        return Math.Min(previous[right.Length], limit + 1);
    }

    private static bool SameLetter(char left, char right) => char.ToUpperInvariant(left) == char.ToUpperInvariant(right);
}
