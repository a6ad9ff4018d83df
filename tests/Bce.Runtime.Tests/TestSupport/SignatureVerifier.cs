using Bce.Runtime.Signing;

namespace Bce.Runtime.Tests.TestSupport;

/// <summary>
/// What a BCE server does with a request: parse the Authorization header, rebuild the canonical request from what
/// arrived on the wire, and recompute the signature with the secret key it knows.
/// </summary>
public static class SignatureVerifier
{
    public sealed record ParsedAuthorization(string AccessKeyId, string Timestamp, int Expiration, IReadOnlyList<string> SignedHeaders, string Signature);

    public static ParsedAuthorization Parse(string authorization)
    {
        var parts = authorization.Split('/');
        Assert.Equal(6, parts.Length);
        Assert.Equal("bce-auth-v1", parts[0]);
        return new ParsedAuthorization(parts[1], parts[2], int.Parse(parts[3], System.Globalization.CultureInfo.InvariantCulture), parts[4].Split(';'), parts[5]);
    }

    /// <summary>
    /// The secret material behind a received request's signature: the derived signing key and the canonical request
    /// text, rebuilt as the server would. Tests assert that neither ever reaches a log.
    /// </summary>
    public static (string SigningKey, string CanonicalRequest) SigningMaterial(RecordedRequest request, string secretAccessKey)
    {
        var parsed = Parse(request.Header("Authorization")!);
        var signedHeaders = request.Headers.Where(h => parsed.SignedHeaders.Contains(h.Key.ToLowerInvariant())).ToList();
        var canonical = CanonicalRequest.Create(request.Method, request.RawPath, request.Query, signedHeaders, parsed.SignedHeaders);
        var prefix = $"bce-auth-v1/{parsed.AccessKeyId}/{parsed.Timestamp}/{parsed.Expiration}";
        return (SigningKey.Derive(secretAccessKey, prefix), canonical.Text);
    }

    /// <summary>
    /// Asserts that the request carries a valid signature by <paramref name="accessKeyId"/>, recomputed from the bytes
    /// received by the test side's own implementation (<see cref="ReceivedSignature"/>), not the runtime's signer.
    /// </summary>
    public static void AssertValid(RecordedRequest request, string accessKeyId, string secretAccessKey) =>
        Assert.Null(ReceivedSignature.Mismatch(request, accessKeyId, secretAccessKey));
}
