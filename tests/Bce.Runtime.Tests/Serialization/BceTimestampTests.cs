using Bce.Runtime.Serialization;

namespace Bce.Runtime.Tests.Serialization;

public sealed class BceTimestampTests
{
    [Theory]
    [InlineData("2018-08-07 19:46:55", "2018-08-07T19:46:55Z")]
    [InlineData("2018-08-07T19:46:55Z", "2018-08-07T19:46:55Z")]
    [InlineData("2018-08-07T19:46:55.123Z", "2018-08-07T19:46:55.123Z")]
    [InlineData("2018-08-07T19:46:55+08:00", "2018-08-07T11:46:55Z")]
    [InlineData("2018-08-07T19:46:55", "2018-08-07T19:46:55Z")]
    [InlineData("2018-08-07", "2018-08-07T00:00:00Z")]
    public void Parses_bce_and_iso_forms_as_utc(string raw, string expectedUtc)
    {
        var timestamp = new BceTimestamp(raw);

        Assert.Equal(DateTimeOffset.Parse(expectedUtc, System.Globalization.CultureInfo.InvariantCulture), timestamp.Value);
        Assert.Equal(TimeSpan.Zero, timestamp.Value!.Value.Offset);
        Assert.Equal(raw, timestamp.Raw);
    }

    [Fact]
    public void Unparsable_text_is_kept_with_no_value()
    {
        var timestamp = new BceTimestamp("next tuesday");

        Assert.Null(timestamp.Value);
        Assert.Equal("next tuesday", timestamp.Raw);
        Assert.Equal("next tuesday", timestamp.ToString());
    }

    [Fact]
    public void Equality_compares_raw_text()
    {
        Assert.Equal(new BceTimestamp("2018-08-07 19:46:55"), new BceTimestamp("2018-08-07 19:46:55"));
        Assert.True(new BceTimestamp("2018-08-07 19:46:55") != new BceTimestamp("2018-08-07T19:46:55Z"));
        Assert.Equal(new BceTimestamp("a").GetHashCode(), new BceTimestamp("a").GetHashCode());
    }

    [Fact]
    public void FromDateTimeOffset_uses_the_iso_form_in_utc()
    {
        var timestamp = BceTimestamp.FromDateTimeOffset(new DateTimeOffset(2025, 1, 15, 16, 0, 0, TimeSpan.FromHours(8)));

        Assert.Equal("2025-01-15T08:00:00Z", timestamp.Raw);
    }

    [Fact]
    public void Default_has_empty_raw_and_no_value()
    {
        BceTimestamp timestamp = default;

        Assert.Equal(string.Empty, timestamp.Raw);
        Assert.Null(timestamp.Value);
    }
}
