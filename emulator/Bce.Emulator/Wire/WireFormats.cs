using System.Globalization;

namespace Bce.Emulator.Wire;

/// <summary>The text forms of values on the wire.</summary>
internal static class WireFormats
{
    /// <summary>Content-Type of every JSON answer, spelled as the service spells it.</summary>
    public const string JsonContentType = "application/json;charset=UTF-8";

    /// <summary>Header carrying the request id on every response.</summary>
    public const string RequestIdHeader = "x-bce-request-id";

    /// <summary>Header carrying an STS session token.</summary>
    public const string SecurityTokenHeader = "x-bce-security-token";

    /// <summary>PeerConn's own timestamp form: <c>2018-08-07 19:46:55</c>, UTC, no zone designator.</summary>
    public static string PeerConnTime(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>The BCE ISO-8601 form used everywhere else: <c>2025-01-15T08:00:00Z</c>.</summary>
    public static string IsoTime(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>Parses the ISO-8601 form exactly as bce-auth-v1 writes it.</summary>
    public static bool TryParseIsoTime(string text, out DateTimeOffset value) =>
        DateTimeOffset.TryParseExact(
            text,
            "yyyy-MM-dd'T'HH:mm:ss'Z'",
            CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal,
            out value);
}
