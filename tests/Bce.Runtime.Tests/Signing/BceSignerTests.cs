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

    [Fact]
    public void Any_sequence_of_query_pairs_and_headers_signs_as_an_array_does()
    {
        var credentials = new BceCredentials("ak", "sk");
        var time = new DateTimeOffset(2025, 1, 15, 8, 0, 0, TimeSpan.Zero);
        KeyValuePair<string, string?>[] query = [new("marker", "a b"), new("accept", null)];
        KeyValuePair<string, string>[] headers = [new("Host", "h"), new("x-bce-date", "2025-01-15T08:00:00Z")];

        var fromArrays = BceSigner.Sign(credentials, "GET", "/v1/x", query, headers, time);
        var fromLists = BceSigner.Sign(credentials, "GET", "/v1/x", query.ToList(), headers.ToList(), time);
        var fromSequences = BceSigner.Sign(credentials, "GET", "/v1/x", query.Select(q => q), new Dictionary<string, string>(headers), time);

        Assert.Equal(fromArrays, fromLists);
        Assert.Equal(fromArrays, fromSequences);
        Assert.Equal(
            BceSigner.CreateAuthorization(credentials, CanonicalRequest.Create("GET", "/v1/x", query, headers), time),
            fromArrays);
    }

    [Fact]
    public void Null_sequences_are_argument_errors()
    {
        var credentials = new BceCredentials("ak", "sk");
        var time = new DateTimeOffset(2025, 1, 15, 8, 0, 0, TimeSpan.Zero);

        Assert.Throws<ArgumentNullException>("query", () => BceSigner.Sign(credentials, "GET", "/", null!, [], time));
        Assert.Throws<ArgumentNullException>("headers", () => BceSigner.Sign(credentials, "GET", "/", [], null!, time));
    }
}
