using Bce.Runtime.Credentials;
using Bce.Runtime.Signing;

namespace Bce.Runtime.Tests.Signing;

/// <summary>
/// The pooled signer keeps each thread's last signing key for the second, keys and expiration it was derived for. Any
/// change of those must derive a new key: every signature below is held to the step-by-step reference, which derives
/// its key afresh every time.
/// </summary>
public sealed class SigningKeyCacheTests
{
    private static readonly DateTimeOffset Time = new(2025, 1, 15, 8, 0, 0, TimeSpan.Zero);
    private static readonly KeyValuePair<string, string?>[] Query = [new("resize", null), new("clientToken", "be31b98c")];
    private static readonly KeyValuePair<string, string>[] Headers = [new("host", "bcc.bj.baidubce.com"), new("x-bce-date", "2025-01-15T08:00:00Z")];

    [Fact]
    public void Every_change_of_keys_second_or_expiration_derives_a_new_key()
    {
        var first = new BceCredentials("ak-cache", "sk-cache");
        var sameKeys = new BceCredentials("ak-cache", "sk-cache");
        var otherSecret = new BceCredentials("ak-cache", "sk-other");
        var otherAccessKey = new BceCredentials("ak-other", "sk-cache");
        (BceCredentials Credentials, DateTimeOffset Time, int Expiration)[] sequence =
        [
            (first, Time, 1800),
            (first, Time, 1800),                                // cached
            (first, Time.AddMilliseconds(999), 1800),           // same second, cached
            (first, Time.AddSeconds(1), 1800),                  // next second
            (first, Time, 1800),                                // back again
            (first, Time, 3600),                                // another expiration
            (sameKeys, Time, 3600),                             // another object with the same keys
            (otherSecret, Time, 3600),                          // same access key, another secret: must not reuse
            (first, Time, 3600),
            (otherAccessKey, Time, 3600),
            (first, Time.AddDays(-1), 3600),
        ];

        foreach (var (credentials, time, expiration) in sequence)
        {
            Assert.Equal(Reference(credentials, time, expiration), Sign(credentials, time, expiration));
        }
    }

    [Fact]
    public async Task Threads_signing_with_different_keys_at_once_each_get_their_own()
    {
        var credentials = Enumerable.Range(0, 8).Select(i => new BceCredentials("ak-" + i, "sk-" + i)).ToArray();
        var expected = credentials.Select(c => Enumerable.Range(0, 4).Select(s => Reference(c, Time.AddSeconds(s), 1800)).ToArray()).ToArray();

        var mismatches = await Task.WhenAll(credentials.Select((c, i) => Task.Run(() =>
        {
            var wrong = 0;
            for (var round = 0; round < 500; round++)
            {
                var second = round % 4;
                wrong += Sign(c, Time.AddSeconds(second), 1800) == expected[i][second] ? 0 : 1;
                // Another thread's credentials on this thread in between: the entry must not leak across them.
                var other = credentials[(i + 1) % credentials.Length];
                wrong += Sign(other, Time.AddSeconds(second), 1800) == expected[(i + 1) % credentials.Length][second] ? 0 : 1;
            }

            return wrong;
        })));

        Assert.All(mismatches, count => Assert.Equal(0, count));
    }

    private static string Sign(BceCredentials credentials, DateTimeOffset time, int expiration) =>
        PooledSigner.Sign(credentials, "PUT", "/v1/peerconn/peerconn-1", Query, Headers, null, time, expiration);

    private static string Reference(BceCredentials credentials, DateTimeOffset time, int expiration) =>
        BceSigner.CreateAuthorization(credentials, CanonicalRequest.Create("PUT", "/v1/peerconn/peerconn-1", Query, Headers), time, expiration);
}
