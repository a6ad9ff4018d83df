using System.Globalization;

namespace Bce.Runtime.Pipeline;

/// <summary>
/// Reads <c>Retry-After</c> by one rule: delta-seconds (digits only, of any length) or an HTTP date; anything else
/// (negative, fractional, empty, garbage) is ignored and the normal back-off applies. A date in the past means now.
/// Huge values saturate at <see cref="Longest"/> instead of failing to parse, so <c>86400</c> and <c>2147483648</c> are
/// both simply "too long": the pipeline then stops retrying and reports the value (see <see cref="RetryBackoff"/>).
/// </summary>
internal static class RetryAfterHeader
{
    /// <summary>The longest delay represented; anything larger reads as this.</summary>
    public static readonly TimeSpan Longest = TimeSpan.FromDays(36500);

    /// <summary>The delay the header asks for, or <see langword="null"/> when it is absent or unreadable.</summary>
    public static TimeSpan? Parse(string? value, DateTimeOffset now)
    {
        var text = value.AsSpan().Trim();
        if (text.IsEmpty)
        {
            return null;
        }

        if (IsDigits(text))
        {
            // More digits than a long holds is still just "very long".
            return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds <= (long)Longest.TotalSeconds
                ? TimeSpan.FromSeconds(seconds)
                : Longest;
        }

        if (DateTimeOffset.TryParseExact(text, "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date))
        {
            var delay = date - now;
            return delay < TimeSpan.Zero ? TimeSpan.Zero : delay > Longest ? Longest : delay;
        }

        return null;
    }

    private static bool IsDigits(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
