using Bce.Emulator.Wire;
using Microsoft.AspNetCore.Http;

namespace Bce.Emulator.Auth;

/// <summary>
/// Verifies bce-auth-v1 (wire contract §5) on the server side, written independently of any client signer. The checks
/// run in this order, each with its own error: header syntax (<c>InvalidHTTPAuthHeader</c>), access key
/// (<c>InvalidAccessKeyId</c>), STS session token (<c>InvalidSessionToken</c>), signature
/// (<c>SignatureDoesNotMatch</c>), time window (<c>RequestExpired</c>). Freshness is judged only for an authentic
/// request, so a clock problem is never reported for a forged one.
/// </summary>
internal sealed class BceAuthVerifier
{
    private readonly CredentialStore _credentials;
    private readonly TimeProvider _time;
    private readonly TimeSpan _skew;

    public BceAuthVerifier(CredentialStore credentials, TimeProvider time, TimeSpan clockSkewAllowance)
    {
        _credentials = credentials;
        _time = time;
        _skew = clockSkewAllowance;
    }

    /// <summary>Authenticates the request or throws the matching <see cref="BceApiException"/>.</summary>
    public Caller Verify(HttpRequest request, QueryParameters query)
    {
        var header = AuthorizationHeader.Parse(SingleHeader(request, "Authorization"));
        var credential = _credentials.Find(header.AccessKeyId) ?? throw ApiErrors.InvalidAccessKeyId(header.AccessKeyId);
        var now = _time.GetUtcNow();
        CheckSessionToken(request, query, credential, now);
        CheckSignature(request, query, header, credential);
        CheckTimeWindow(header, now);
        return new Caller(credential.AccountId, credential.AccessKeyId, credential.IsSession);
    }

    private static void CheckSessionToken(HttpRequest request, QueryParameters query, SigningCredential credential, DateTimeOffset now)
    {
        var token = SingleHeader(request, WireFormats.SecurityTokenHeader) ?? query.Get(WireFormats.SecurityTokenHeader);
        if (!credential.IsSession)
        {
            if (!string.IsNullOrEmpty(token))
            {
                throw ApiErrors.InvalidSessionToken("A security token was sent with long-term access keys.");
            }

            return;
        }

        if (string.IsNullOrEmpty(token))
        {
            throw ApiErrors.InvalidSessionToken("Session access keys require the x-bce-security-token header.");
        }

        if (!string.Equals(token, credential.SessionToken, StringComparison.Ordinal))
        {
            throw ApiErrors.InvalidSessionToken("The security token does not belong to these session access keys.");
        }

        if (credential.ExpiresAt is { } expiresAt && now >= expiresAt)
        {
            throw ApiErrors.InvalidSessionToken($"The session token expired at {WireFormats.IsoTime(expiresAt)}.");
        }
    }

    private static void CheckSignature(HttpRequest request, QueryParameters query, AuthorizationHeader header, SigningCredential credential)
    {
        var signingKey = Signature.SigningKey(credential.SecretAccessKey, header.AuthStringPrefix);
        string? firstCanonical = null;
        foreach (var isSigned in CandidateHeaderSets(request, header))
        {
            var canonical = RequestCanonicalizer.Build(request, query, isSigned);
            firstCanonical ??= canonical;
            if (Signature.Matches(Signature.Compute(signingKey, canonical), header.Signature))
            {
                return;
            }
        }

        throw ApiErrors.SignatureDoesNotMatch(firstCanonical!);
    }

    private static IEnumerable<Func<string, bool>> CandidateHeaderSets(HttpRequest request, AuthorizationHeader header)
    {
        if (header.SignedHeaders.Count > 0)
        {
            yield return SignedHeaderSets.Explicit(header.SignedHeaders);
            yield break;
        }

        yield return SignedHeaderSets.Default(includeRequestId: false);
        if (request.Headers.ContainsKey(WireFormats.RequestIdHeader))
        {
            yield return SignedHeaderSets.Default(includeRequestId: true);
        }
    }

    private void CheckTimeWindow(AuthorizationHeader header, DateTimeOffset now)
    {
        var notBefore = header.Timestamp - _skew;
        var notAfter = header.Timestamp + TimeSpan.FromSeconds(header.ExpirationSeconds) + _skew;
        if (now < notBefore || now > notAfter)
        {
            throw ApiErrors.RequestExpired(header.TimestampText);
        }
    }

    private static string? SingleHeader(HttpRequest request, string name)
    {
        var values = request.Headers[name];
        return values.Count switch
        {
            0 => null,
            1 => values[0],
            _ => throw ApiErrors.InvalidHttpAuthHeader($"The {name} header was sent {values.Count} times."),
        };
    }
}
