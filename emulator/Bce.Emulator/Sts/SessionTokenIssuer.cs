using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Bce.Emulator.Auth;
using Bce.Emulator.Wire;

namespace Bce.Emulator.Sts;

/// <summary>
/// STS GetSessionToken (wire contract §6): issues session keys that act as the calling account until they expire,
/// and only together with their session token. Only long-term keys may ask. The token is Base64 text, so it usually
/// contains <c>/</c>, <c>+</c> and <c>=</c> and exercises header URI-encoding in signers.
/// </summary>
internal sealed class SessionTokenIssuer
{
    /// <summary>The duration when <c>durationSeconds</c> is absent (the Go SDK's default).</summary>
    public const int DefaultDurationSeconds = 43200;

    /// <summary>The longest session the emulator issues (36 hours).</summary>
    public const int MaximumDurationSeconds = 129600;

    private readonly CredentialStore _credentials;
    private readonly TimeProvider _time;

    public SessionTokenIssuer(CredentialStore credentials, TimeProvider time)
    {
        _credentials = credentials;
        _time = time;
    }

    /// <summary>Handles <c>POST /v1/sessionToken?durationSeconds=N</c>.</summary>
    public ApiResult Issue(Caller caller, QueryParameters query, ReadOnlyMemory<byte> body)
    {
        if (caller.IsSession)
        {
            throw ApiErrors.AccessDenied("Session tokens can only be requested with long-term access keys.");
        }

        var duration = ParseDuration(query.Get("durationSeconds"));
        if (!body.IsEmpty)
        {
            JsonBody.Parse(body); // The ACL is not enforced, but it must be JSON.
        }

        var now = _time.GetUtcNow();
        var credential = new SigningCredential(
            RandomNumberGenerator.GetHexString(32, lowercase: true),
            RandomNumberGenerator.GetHexString(32, lowercase: true),
            caller.AccountId,
            Convert.ToBase64String(RandomNumberGenerator.GetBytes(72)),
            now.AddSeconds(duration));
        _credentials.Add(credential);
        return ApiResult.Json(Serialize(credential, now));
    }

    private static int ParseDuration(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return DefaultDurationSeconds;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || seconds is < 1 or > MaximumDurationSeconds)
        {
            throw ApiErrors.InvalidHttpRequest($"durationSeconds must be an integer from 1 to {MaximumDurationSeconds}.");
        }

        return seconds;
    }

    private static byte[] Serialize(SigningCredential credential, DateTimeOffset createdAt)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("accessKeyId", credential.AccessKeyId);
            writer.WriteString("secretAccessKey", credential.SecretAccessKey);
            writer.WriteString("sessionToken", credential.SessionToken);
            writer.WriteString("createTime", WireFormats.IsoTime(createdAt));
            writer.WriteString("expiration", WireFormats.IsoTime(credential.ExpiresAt!.Value));
            writer.WriteString("userId", credential.AccountId);
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }
}
