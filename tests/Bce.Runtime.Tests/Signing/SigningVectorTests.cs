using Bce.Runtime.Credentials;
using Bce.Runtime.Signing;

namespace Bce.Runtime.Tests.Signing;

/// <summary>Every vector in tests/TestData/signing-vectors.json, step by step: a mismatch names the step that broke.</summary>
public sealed class SigningVectorTests
{
    public static TheoryData<string> VectorNames()
    {
        var data = new TheoryData<string>();
        foreach (var vector in SigningVector.All)
        {
            data.Add(vector.Name);
        }

        return data;
    }

    [Fact]
    public void All_seven_vectors_are_loaded()
    {
        Assert.Equal(7, SigningVector.All.Count);
    }

    [Theory]
    [MemberData(nameof(VectorNames))]
    public void Canonical_request_matches_vector(string name)
    {
        var vector = SigningVector.Named(name);

        var canonical = CanonicalRequest.Create(vector.Method, vector.Path, vector.Query, vector.Headers, vector.HeadersToSign);

        Assert.Equal(vector.CanonicalRequest, canonical.Text);
        Assert.Equal(vector.SignedHeaders, canonical.SignedHeadersText);
    }

    [Theory]
    [MemberData(nameof(VectorNames))]
    public void Auth_string_prefix_matches_vector(string name)
    {
        var vector = SigningVector.Named(name);

        Assert.Equal(vector.AuthStringPrefix, BceSigner.CreateAuthStringPrefix(vector.AccessKeyId, vector.Timestamp, vector.ExpirationSeconds));
    }

    [Theory]
    [MemberData(nameof(VectorNames))]
    public void Signing_key_matches_vector(string name)
    {
        var vector = SigningVector.Named(name);

        Assert.Equal(vector.SigningKey, SigningKey.Derive(vector.SecretAccessKey, vector.AuthStringPrefix));
    }

    [Theory]
    [MemberData(nameof(VectorNames))]
    public void Signature_matches_vector(string name)
    {
        var vector = SigningVector.Named(name);

        Assert.Equal(vector.Signature, BceSigner.ComputeSignature(vector.SigningKey, vector.CanonicalRequest));
    }

    [Theory]
    [MemberData(nameof(VectorNames))]
    public void Authorization_matches_vector(string name)
    {
        var vector = SigningVector.Named(name);
        var credentials = new BceCredentials(vector.AccessKeyId, vector.SecretAccessKey);
        var options = new BceSignOptions { HeadersToSign = vector.HeadersToSign, ExpirationInSeconds = vector.ExpirationSeconds };

        var authorization = BceSigner.Sign(credentials, vector.Method, vector.Path, vector.Query, vector.Headers, vector.Timestamp, options);

        Assert.Equal(vector.Authorization, authorization);
    }

    [Theory]
    [MemberData(nameof(VectorNames))]
    public void Authorization_built_step_by_step_matches_vector(string name)
    {
        // BceSigner.Sign runs the pooled fast path; the canonical request API is the other road to the same header.
        var vector = SigningVector.Named(name);
        var credentials = new BceCredentials(vector.AccessKeyId, vector.SecretAccessKey);
        var canonicalRequest = CanonicalRequest.Create(vector.Method, vector.Path, vector.Query, vector.Headers, vector.HeadersToSign);

        var authorization = BceSigner.CreateAuthorization(credentials, canonicalRequest, vector.Timestamp, vector.ExpirationSeconds);

        Assert.Equal(vector.Authorization, authorization);
    }

    [Fact]
    public void Documented_bos_example_matches_the_published_signature()
    {
        var vector = SigningVector.Named("doc_bos_upload_part");

        Assert.Equal("d74a04362e6a848f5b39b15421cb449427f419c95a480fd6b8cf9fc783e2999e", vector.Signature);
        Assert.Equal("1d5ce5f464064cbee060330d973218821825ac6952368a482a592e6615aef479", vector.SigningKey);
    }

    [Fact]
    public void Request_id_header_is_not_signed_by_default_as_in_the_go_sdk()
    {
        var vector = SigningVector.Named("divergence_request_id_header");

        var canonical = CanonicalRequest.Create(vector.Method, vector.Path, vector.Query, vector.Headers);

        Assert.DoesNotContain("x-bce-request-id", canonical.SignedHeaders);
        Assert.Equal("12c805aaba3feb217758335a0fd9ec9766ba15eb5047c00fa46d0a2a6f0ff915", vector.Signature);
    }
}
