using Bce.Runtime.Credentials;
using Bce.Runtime.Signing;

namespace Bce.Runtime.Tests.Signing;

public sealed class BceSignerTests
{
    [Fact]
    public void Timestamp_is_utc_whole_seconds()
    {
        var local = new DateTimeOffset(2025, 1, 15, 16, 0, 0, 999, TimeSpan.FromHours(8));

        Assert.Equal("2025-01-15T08:00:00Z", BceSigner.FormatTimestamp(local));
    }

    [Fact]
    public void Authorization_has_the_go_form_with_explicit_sorted_signed_headers()
    {
        var credentials = new BceCredentials("ak", "sk");
        var headers = new[] { new KeyValuePair<string, string>("x-bce-date", "2025-01-15T08:00:00Z"), new("Host", "h") };

        var authorization = BceSigner.Sign(credentials, "GET", "/", [], headers, new DateTimeOffset(2025, 1, 15, 8, 0, 0, TimeSpan.Zero));

        var parts = authorization.Split('/');
        Assert.Equal(["bce-auth-v1", "ak", "2025-01-15T08:00:00Z", "1800", "host;x-bce-date"], parts[..5]);
        Assert.Matches("^[0-9a-f]{64}$", parts[5]);
    }

    [Fact]
    public void Expiration_option_goes_into_the_prefix_and_changes_the_signature()
    {
        var credentials = new BceCredentials("ak", "sk");
        var headers = new[] { new KeyValuePair<string, string>("Host", "h") };
        var time = new DateTimeOffset(2025, 1, 15, 8, 0, 0, TimeSpan.Zero);

        var shortLived = BceSigner.Sign(credentials, "GET", "/", [], headers, time, new BceSignOptions { ExpirationInSeconds = 60 });
        var standard = BceSigner.Sign(credentials, "GET", "/", [], headers, time);

        Assert.Contains("/60/host/", shortLived);
        Assert.NotEqual(shortLived.Split('/')[^1], standard.Split('/')[^1]);
    }
}
