using System.Globalization;
using Bce.Runtime.Credentials;
using Bce.Runtime.Signing;
using Bce.Testing;

namespace PeerConn.AotSmoke;

/// <summary>
/// Re-verifies a request's bce-auth-v1 signature from the bytes the loopback server received, with the runtime's
/// <see cref="CanonicalRequest"/>: a wrong one is answered 403 SignatureDoesNotMatch, as the service would.
/// </summary>
internal static class SignatureCheck
{
    /// <summary>Recomputes the Authorization header from what arrived; null when it matches.</summary>
    public static string? FindProblem(RecordedRequest request, BceCredentials credentials)
    {
        if (request.Header("authorization") is not { } authorization)
        {
            return "no Authorization header";
        }

        // bce-auth-v1/{ak}/{timestamp}/{expiration}/{signedHeaders}/{signature}
        var parts = authorization.Split('/');
        if (parts.Length != 6 || parts[0] != BceSigner.AuthVersion || parts[1] != credentials.AccessKeyId)
        {
            return "malformed Authorization header";
        }

        if (request.Header("x-bce-date") != parts[2])
        {
            return "x-bce-date differs from the signing time";
        }

        var signedNames = parts[4].Split(';');
        if (!signedNames.Contains("host") || !signedNames.Contains("x-bce-date"))
        {
            return "host or x-bce-date is not signed";
        }

        var signedHeaders = new List<KeyValuePair<string, string>>();
        foreach (var name in signedNames)
        {
            signedHeaders.Add(new(name, request.Header(name) ?? string.Empty));
        }

        var timestamp = DateTimeOffset.ParseExact(parts[2], "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
        var canonical = CanonicalRequest.Create(request.Method, request.RawPath, request.Query, signedHeaders, signedNames);
        var expected = BceSigner.CreateAuthorization(credentials, canonical, timestamp, int.Parse(parts[3], CultureInfo.InvariantCulture));
        return expected == authorization ? null : "signature does not match";
    }
}
