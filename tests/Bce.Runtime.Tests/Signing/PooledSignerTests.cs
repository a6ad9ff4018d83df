using Bce.Runtime.Credentials;
using Bce.Runtime.Signing;

namespace Bce.Runtime.Tests.Signing;

/// <summary>The attempt stage's pooled signer gives exactly what the public <see cref="BceSigner"/> gives.</summary>
public sealed class PooledSignerTests
{
    private static readonly DateTimeOffset Time = new(2025, 1, 15, 8, 0, 0, TimeSpan.Zero);
    private static readonly BceCredentials Credentials = new("ak-pooled", "sk-pooled");

    public static TheoryData<string> VectorNames() => SigningVectorTests.VectorNames();

    [Theory]
    [MemberData(nameof(VectorNames))]
    public void Authorization_matches_vector(string name)
    {
        var vector = SigningVector.Named(name);
        var credentials = new BceCredentials(vector.AccessKeyId, vector.SecretAccessKey);

        var authorization = PooledSigner.Sign(
            credentials, vector.Method, vector.Path, vector.Query, vector.Headers.ToArray(),
            PooledSigner.NormaliseHeadersToSign(vector.HeadersToSign), vector.Timestamp, vector.ExpirationSeconds);

        Assert.Equal(vector.Authorization, authorization);
    }

    public static TheoryData<string, string, string[]> Requests() => new()
    {
        // method, path, query as name=value pairs ("name" alone is a bare flag)
        { "get", "", [] },
        { "PUT", "/v1/peerconn/peerconn-1", ["resize", "clientToken=be31b98c"] },
        { "GET", "/v1/a b/%e6%b5%8b/%7E/%2F/100%/测试/", ["text10=test", "text1=测试", "text=", "Authorization=x", "a b=c/d"] },
        { "POST", "relative/path", ["z=1", "y=2", "x=3", "x=1", "xx=0", "x-=0"] },
        { "GET", "/" + new string('p', 3000), Enumerable.Range(0, 40).Select(i => $"k{i % 7}={new string('v', i * 40)}").ToArray() },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public void Authorization_matches_the_public_signer(string method, string path, string[] query)
    {
        var parameters = query.Select(Parameter).ToArray();
        KeyValuePair<string, string>[] headers =
        [
            new(" Host ", "bcc.bj.baidubce.com"),
            new("Content-Type", "application/json; charset=utf-8"),
            new("content-length", "26"),
            new("x-bce-date", "2025-01-15T08:00:00Z"),
            new("x-bce-request-id", "4a0e2c5d"),
            new("x-bce-security-token", " token with spaces and 测 "),
            new("x-bce-a", "1"),
            new("x-bce-a-b", "2"),
            new("X-Empty", "   "),
            new("authorization", "never"),
            new("x-long", new string('h', 2000)),
        ];

        foreach (var headersToSign in new[] { null, new[] { "X-Long ", "x-bce-request-id", "host" } })
        {
            var expected = ReferenceSign(method, path, parameters, headers, headersToSign);

            var actual = PooledSigner.Sign(Credentials, method, path, parameters, headers, PooledSigner.NormaliseHeadersToSign(headersToSign), Time, 1800);

            Assert.Equal(expected, actual);
        }
    }

    [Fact]
    public void Header_signed_twice_fails_as_the_public_signer_does()
    {
        KeyValuePair<string, string>[] headers = [new("Host", "a"), new("host", "b")];

        var expected = Assert.Throws<ArgumentException>(() => ReferenceSign("GET", "/", [], headers, null));
        var actual = Assert.Throws<ArgumentException>(() => PooledSigner.Sign(Credentials, "GET", "/", [], headers, null, Time, 1800));

        Assert.Equal(expected.Message, actual.Message);
    }

    [Fact]
    public void Lone_surrogate_fails_as_the_public_signer_does()
    {
        KeyValuePair<string, string?>[] query = [new("q", "\ud800")];
        KeyValuePair<string, string>[] headers = [new("host", "h")];

        var expected = Assert.ThrowsAny<ArgumentException>(() => ReferenceSign("GET", "/", query, headers, null));
        var actual = Assert.ThrowsAny<ArgumentException>(() => PooledSigner.Sign(Credentials, "GET", "/", query, headers, null, Time, 1800));

        Assert.Equal(expected.GetType(), actual.GetType());
    }

    /// <summary>
    /// The reference the fast path is held to: the canonical request built step by step by the public
    /// <see cref="CanonicalRequest"/> API (not <see cref="BceSigner.Sign"/>, which itself runs the fast path).
    /// </summary>
    private static string ReferenceSign(
        string method, string path, KeyValuePair<string, string?>[] query, KeyValuePair<string, string>[] headers, string[]? headersToSign) =>
        BceSigner.CreateAuthorization(Credentials, CanonicalRequest.Create(method, path, query, headers, headersToSign), Time, 1800);

    private static KeyValuePair<string, string?> Parameter(string text) =>
        text.IndexOf('=') is var at and >= 0 ? new(text[..at], text[(at + 1)..]) : new(text, null);
}
