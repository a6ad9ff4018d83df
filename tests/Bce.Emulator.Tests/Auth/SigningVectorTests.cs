using System.Text.Json;
using Bce.Emulator.Auth;
using Bce.Emulator.Tests.Infrastructure;
using Bce.Emulator.Wire;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Time.Testing;

namespace Bce.Emulator.Tests.Auth;

/// <summary>
/// tests/TestData/signing-vectors.json reproduced twice: by the test-side signer, and by the emulator's verifier-side
/// canonicalisation of an HTTP request carrying the vector (both wire forms of the query), which must accept every
/// Authorization form the vector lists.
/// </summary>
public sealed class SigningVectorTests
{
    public static IEnumerable<object[]> VectorNames => SigningVectorFile.Names();

    [Theory]
    [MemberData(nameof(VectorNames))]
    public void Test_signer_reproduces_the_vector(string name)
    {
        var vector = SigningVectorFile.Vector(name);
        var inputs = vector.GetProperty("inputs");
        var outputs = vector.GetProperty("outputs");
        var prefix = $"bce-auth-v1/{inputs.GetProperty("ak").GetString()}/{inputs.GetProperty("timestamp").GetString()}/{inputs.GetProperty("expirationSeconds").GetInt32()}";
        Assert.Equal(outputs.GetProperty("authStringPrefix").GetString(), prefix);
        var signingKey = TestSigner.SigningKey(inputs.GetProperty("sk").GetString()!, prefix);
        Assert.Equal(outputs.GetProperty("signingKey").GetString(), signingKey);

        foreach (var (expected, isSigned) in Expectations(vector))
        {
            var (canonical, signedHeaders) = TestSigner.Canonicalize(
                inputs.GetProperty("method").GetString()!,
                inputs.GetProperty("path").GetString()!,
                Map(inputs.GetProperty("query")),
                Map(inputs.GetProperty("headers")),
                isSigned);
            Assert.Equal(expected.GetProperty("canonicalRequest").GetString(), canonical);
            var signature = TestSigner.Signature(signingKey, canonical);
            Assert.Equal(expected.GetProperty("signature").GetString(), signature);
            if (expected.TryGetProperty("signedHeaders", out var listed))
            {
                Assert.Equal(listed.GetString(), signedHeaders);
                Assert.Equal(expected.GetProperty("authorization").GetString(), $"{prefix}/{signedHeaders}/{signature}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(VectorNames))]
    public void Emulator_canonicalises_the_vector_request_identically_for_both_wire_query_forms(string name)
    {
        var vector = SigningVectorFile.Vector(name);
        foreach (var bareFlags in new[] { true, false })
        {
            var request = RequestOf(vector, bareFlags);
            var query = QueryParameters.From(request);
            foreach (var (expected, isSigned) in Expectations(vector))
            {
                Assert.Equal(
                    expected.GetProperty("canonicalRequest").GetString(),
                    RequestCanonicalizer.Build(request, query, isSigned));
            }
        }
    }

    [Theory]
    [MemberData(nameof(VectorNames))]
    public void Emulator_verifier_accepts_every_authorization_form_of_the_vector(string name)
    {
        var vector = SigningVectorFile.Vector(name);
        foreach (var authorization in AuthorizationForms(vector))
        {
            var request = RequestOf(vector, bareFlags: true);
            request.Headers.Authorization = authorization;
            var caller = VerifierFor(vector).Verify(request, QueryParameters.From(request));
            Assert.Equal("account-of-" + name, caller.AccountId);
        }
    }

    [Theory]
    [MemberData(nameof(VectorNames))]
    public void Emulator_verifier_rejects_the_vector_with_one_signature_digit_changed(string name)
    {
        var vector = SigningVectorFile.Vector(name);
        var authorization = AuthorizationForms(vector).First();
        var flipped = authorization[..^1] + (authorization[^1] == '0' ? '1' : '0');
        var request = RequestOf(vector, bareFlags: true);
        request.Headers.Authorization = flipped;
        var error = Assert.Throws<BceApiException>(() => VerifierFor(vector).Verify(request, QueryParameters.From(request)));
        Assert.Equal("SignatureDoesNotMatch", error.Code);
    }

    [Fact]
    public void Emulator_uri_encoding_matches_the_documented_query_example()
    {
        var query = new Dictionary<string, string> { ["text"] = string.Empty, ["text1"] = "测试", ["text10"] = "test" };
        Assert.Equal("text10=test&text1=%E6%B5%8B%E8%AF%95&text=", CanonicalRequest.Query(query));
        Assert.Equal("text10=test&text1=%E6%B5%8B%E8%AF%95&text=", string.Join('&', query.Select(p => TestSigner.UriEncode(p.Key) + "=" + TestSigner.UriEncode(p.Value)).Order(StringComparer.Ordinal)));
    }

    /// <summary>The expected canonical request(s) of a vector and the signed-header rule each was made with.</summary>
    private static IEnumerable<(JsonElement Expected, Func<string, bool> IsSigned)> Expectations(JsonElement vector)
    {
        var inputs = vector.GetProperty("inputs");
        var outputs = vector.GetProperty("outputs");
        if (outputs.TryGetProperty("goSdk", out var go))
        {
            yield return (go, name => TestSigner.IsDefaultSigned(name, includeRequestId: false));
            yield return (outputs.GetProperty("pythonSdk"), name => TestSigner.IsDefaultSigned(name, includeRequestId: true));
            yield break;
        }

        if (inputs.GetProperty("headersToSign") is { ValueKind: JsonValueKind.Array } listed)
        {
            var names = listed.EnumerateArray().Select(n => n.GetString()!).ToHashSet();
            yield return (outputs, names.Contains);
        }
        else
        {
            yield return (outputs, name => TestSigner.IsDefaultSigned(name, includeRequestId: false));
        }
    }

    private static IEnumerable<string> AuthorizationForms(JsonElement vector)
    {
        var outputs = vector.GetProperty("outputs");
        var holders = outputs.TryGetProperty("goSdk", out var go) ? new[] { go, outputs.GetProperty("pythonSdk") } : [outputs];
        foreach (var holder in holders)
        {
            foreach (var property in new[] { "authorization", "authorizationWithEmptySignedHeaders", "authorizationPythonSdk" })
            {
                if (holder.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String)
                {
                    yield return value.GetString()!;
                }
            }
        }
    }

    private static BceAuthVerifier VerifierFor(JsonElement vector)
    {
        var inputs = vector.GetProperty("inputs");
        var ak = inputs.GetProperty("ak").GetString()!;
        var sk = inputs.GetProperty("sk").GetString()!;
        var timestamp = DateTimeOffset.Parse(inputs.GetProperty("timestamp").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        var credentials = new CredentialStore([]);
        var token = inputs.GetProperty("headers").TryGetProperty("x-bce-security-token", out var t) ? t.GetString() : null;
        credentials.Add(new SigningCredential(ak, sk, "account-of-" + vector.GetProperty("name").GetString(), token, token is null ? null : timestamp.AddHours(1)));
        return new BceAuthVerifier(credentials, new FakeTimeProvider(timestamp.AddMinutes(1)), TimeSpan.FromMinutes(15));
    }

    /// <summary>
    /// The vector as an incoming request. With <paramref name="bareFlags"/>, the Go wire form (map order, <c>?accept</c>);
    /// without, the Python form (sorted, <c>accept=</c>).
    /// </summary>
    private static HttpRequest RequestOf(JsonElement vector, bool bareFlags)
    {
        var inputs = vector.GetProperty("inputs");
        var context = new DefaultHttpContext();
        var path = inputs.GetProperty("path").GetString()!;
        var pairs = Map(inputs.GetProperty("query")).ToList();
        if (!bareFlags)
        {
            pairs.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        }

        var query = string.Join('&', pairs.Select(p =>
            bareFlags && p.Value.Length == 0 ? TestSigner.UriEncode(p.Key) : TestSigner.UriEncode(p.Key) + "=" + TestSigner.UriEncode(p.Value)));
        context.Request.Method = inputs.GetProperty("method").GetString()!;
        context.Request.Path = path;
        context.Features.Get<IHttpRequestFeature>()!.RawTarget = query.Length == 0 ? path : path + "?" + query;
        foreach (var (headerName, value) in Map(inputs.GetProperty("headers")))
        {
            context.Request.Headers[headerName] = value;
        }

        return context.Request;
    }

    private static IEnumerable<KeyValuePair<string, string>> Map(JsonElement json) =>
        json.EnumerateObject().Select(p => new KeyValuePair<string, string>(p.Name, p.Value.GetString() ?? string.Empty));
}
