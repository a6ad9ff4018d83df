using Bce.Runtime.Credentials;
using Bce.Runtime.Signing;
using Bce.Runtime.Tests.Signing;

namespace Bce.Runtime.NetStandard.Tests.Signing;

/// <summary>
/// tests/TestData/signing-vectors.json through the netstandard2.0 build: its HMAC, hex and UTF-8 paths are
/// Compatibility/ polyfills, so every step is compared, not only the final header.
/// </summary>
public sealed class SigningVectorTests
{
    public static TheoryData<string> VectorNames() => new(SigningVector.All.Select(vector => vector.Name));

    [Fact]
    public void All_seven_vectors_are_loaded()
    {
        Assert.Equal(7, SigningVector.All.Count);
    }

    [Theory]
    [MemberData(nameof(VectorNames))]
    public void Every_step_of_the_signature_matches_the_vector(string name)
    {
        var vector = SigningVector.Named(name);

        var canonical = CanonicalRequest.Create(vector.Method, vector.Path, vector.Query, vector.Headers, vector.HeadersToSign);
        Assert.Equal(vector.CanonicalRequest, canonical.Text);
        Assert.Equal(vector.SignedHeaders, canonical.SignedHeadersText);
        Assert.Equal(vector.AuthStringPrefix, BceSigner.CreateAuthStringPrefix(vector.AccessKeyId, vector.Timestamp, vector.ExpirationSeconds));
        Assert.Equal(vector.SigningKey, SigningKey.Derive(vector.SecretAccessKey, vector.AuthStringPrefix));
        Assert.Equal(vector.Signature, BceSigner.ComputeSignature(vector.SigningKey, vector.CanonicalRequest));
    }

    [Theory]
    [MemberData(nameof(VectorNames))]
    public void Authorization_matches_the_vector(string name)
    {
        var vector = SigningVector.Named(name);
        var credentials = new BceCredentials(vector.AccessKeyId, vector.SecretAccessKey);
        var options = new BceSignOptions { HeadersToSign = vector.HeadersToSign, ExpirationInSeconds = vector.ExpirationSeconds };

        var authorization = BceSigner.Sign(credentials, vector.Method, vector.Path, vector.Query, vector.Headers, vector.Timestamp, options);

        Assert.Equal(vector.Authorization, authorization);
    }

    [Fact]
    public void A_lone_surrogate_in_the_path_fails_loudly_as_on_net10()
    {
        var credentials = new BceCredentials("ak", "sk");

        Assert.ThrowsAny<ArgumentException>(() => BceSigner.Sign(
            credentials, "GET", "/v1/\uD800", [], [new("host", "bcc.bj.baidubce.com")], DateTimeOffset.UnixEpoch, new BceSignOptions()));
    }
}
