namespace Bce.Generator.Infrastructure;

/// <summary>
/// FNV-1a over UTF-16 code units: the same text gives the same hash in every process, unlike string.GetHashCode.
/// </summary>
internal static class StableHash
{
    public static string Of(string text)
    {
        unchecked
        {
            var hash = 2166136261u;
            foreach (var c in text)
            {
                hash = (hash ^ c) * 16777619u;
            }

            return hash.ToString("x8", System.Globalization.CultureInfo.InvariantCulture);
        }
    }
}
