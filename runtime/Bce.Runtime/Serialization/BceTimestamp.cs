using System.Diagnostics;
using System.Globalization;

namespace Bce.Runtime.Serialization;

/// <summary>
/// A timestamp as a BCE service sent it. PeerConn's <c>createdTime</c> is <c>"2018-08-07 19:46:55"</c> (no zone,
/// UTC assumed) while most BCE APIs use ISO-8601; both parse, and the original text stays in <see cref="Raw"/> so that
/// nothing is lost when the format is unexpected. Equality compares <see cref="Raw"/>.
/// </summary>
[DebuggerDisplay("{Raw,nq}")]
public readonly struct BceTimestamp : IEquatable<BceTimestamp>
{
    private static readonly string[] ExactFormats =
    [
        "yyyy-MM-dd HH:mm:ss",
        "yyyy-MM-dd'T'HH:mm:ss'Z'",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'",
        "yyyy-MM-dd'T'HH:mm:ssK",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd'T'HH:mm:ss",
        "yyyy-MM-dd HH:mm:ss.FFFFFFF",
        "yyyy-MM-dd",
    ];

    private readonly string? _raw;

    /// <summary>Creates a timestamp from the text a service sent.</summary>
    /// <param name="raw">The text, kept verbatim in <see cref="Raw"/>.</param>
    public BceTimestamp(string raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        _raw = raw;
    }

    /// <summary>The text exactly as received (empty for <see langword="default"/>).</summary>
    public string Raw => _raw ?? string.Empty;

    /// <summary>The instant in UTC, or <see langword="null"/> when <see cref="Raw"/> is not a recognised format.</summary>
    /// <remarks>Parsed when read, not when the JSON is read: most answers carry timestamps nobody looks at.</remarks>
    public DateTimeOffset? Value => _raw is null ? null : Parse(_raw);

    /// <summary>Creates a timestamp in the BCE ISO-8601 form <c>yyyy-MM-ddTHH:mm:ssZ</c> (UTC, whole seconds).</summary>
    /// <param name="value">The instant.</param>
    /// <returns>The timestamp.</returns>
    public static BceTimestamp FromDateTimeOffset(DateTimeOffset value) =>
        new(value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));

    /// <inheritdoc />
    public bool Equals(BceTimestamp other) => string.Equals(Raw, other.Raw, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is BceTimestamp other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Raw);

    /// <summary>Returns <see cref="Raw"/>.</summary>
    /// <returns>The original text.</returns>
    public override string ToString() => Raw;

    /// <summary>Compares the raw text of two timestamps.</summary>
    /// <param name="left">The first timestamp.</param>
    /// <param name="right">The second timestamp.</param>
    /// <returns><see langword="true"/> when both carry the same raw text.</returns>
    public static bool operator ==(BceTimestamp left, BceTimestamp right) => left.Equals(right);

    /// <summary>Compares the raw text of two timestamps.</summary>
    /// <param name="left">The first timestamp.</param>
    /// <param name="right">The second timestamp.</param>
    /// <returns><see langword="true"/> when the raw texts differ.</returns>
    public static bool operator !=(BceTimestamp left, BceTimestamp right) => !left.Equals(right);

    private static DateTimeOffset? Parse(string raw)
    {
        var text = raw.Trim();
        const DateTimeStyles styles = DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal;
        if (DateTimeOffset.TryParseExact(text, ExactFormats, CultureInfo.InvariantCulture, styles, out var exact))
        {
            return exact;
        }

        // Any other ISO-8601 spelling (fractions, offsets) the invariant parser understands.
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, styles, out var general) ? general : null;
    }
}
