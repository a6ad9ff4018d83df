using System.Diagnostics;
using System.Text.Json;
using Bce.Runtime.Credentials;
using Bce.Runtime.Serialization;

namespace Bce.Runtime.Sts;

/// <summary>
/// Temporary credentials from STS <c>GetSessionToken</c>. <see cref="ToString"/> shows the masked access key id and
/// the expiry only; the secret and the token never appear.
/// </summary>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class SessionCredentials : IBceJsonModel<SessionCredentials>
{
    /// <summary>Creates session credentials (for tests; <see cref="StsClient"/> reads them from the service).</summary>
    /// <param name="accessKeyId">The temporary access key id.</param>
    /// <param name="secretAccessKey">The temporary secret access key.</param>
    /// <param name="sessionToken">The session token.</param>
    /// <param name="createTime">When STS issued them.</param>
    /// <param name="expiration">When they expire.</param>
    /// <param name="userId">The user they belong to.</param>
    public SessionCredentials(string accessKeyId, string secretAccessKey, string sessionToken, DateTimeOffset? createTime, DateTimeOffset? expiration, string? userId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(accessKeyId);
        ArgumentException.ThrowIfNullOrWhiteSpace(secretAccessKey);
        ArgumentException.ThrowIfNullOrWhiteSpace(sessionToken);
        // Checked here, not only when signing: an STS answer is the one place these values come from the network.
        BceCredentials.EnsureHeaderSafe(accessKeyId, "access key id", nameof(accessKeyId));
        BceCredentials.EnsureHeaderSafe(secretAccessKey, "secret access key", nameof(secretAccessKey));
        BceCredentials.EnsureHeaderSafe(sessionToken, "session token", nameof(sessionToken));
        AccessKeyId = accessKeyId;
        SecretAccessKey = secretAccessKey;
        SessionToken = sessionToken;
        CreateTime = createTime;
        Expiration = expiration;
        UserId = userId;
    }

    /// <summary>The temporary access key id.</summary>
    public string AccessKeyId { get; }

    /// <summary>The temporary secret access key.</summary>
    public string SecretAccessKey { get; }

    /// <summary>The session token, sent as <c>x-bce-security-token</c>.</summary>
    public string SessionToken { get; }

    /// <summary>When STS issued the credentials, if it said.</summary>
    public DateTimeOffset? CreateTime { get; }

    /// <summary>When the credentials expire, if STS said.</summary>
    public DateTimeOffset? Expiration { get; }

    /// <summary>The user the credentials act for, if STS said.</summary>
    public string? UserId { get; }

    /// <summary>The credentials to sign with.</summary>
    /// <returns>Session credentials for the pipeline.</returns>
    public BceCredentials ToCredentials() => new(AccessKeyId, SecretAccessKey, SessionToken);

    /// <summary>Shows the masked access key id, the expiry and the user; never the secret or the token.</summary>
    /// <returns>A description without secrets.</returns>
    public override string ToString() =>
        $"SessionCredentials {{ AccessKeyId = {BceCredentials.Mask(AccessKeyId)}, Expiration = {Expiration?.ToString("O") ?? "unknown"}, UserId = {UserId ?? "unknown"}, SecretAccessKey = <redacted>, SessionToken = <redacted> }}";

    /// <inheritdoc />
    void IBceJsonModel<SessionCredentials>.WriteJson(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("accessKeyId", AccessKeyId);
        writer.WriteString("secretAccessKey", SecretAccessKey);
        writer.WriteString("sessionToken", SessionToken);
        WriteTime(writer, "createTime", CreateTime);
        WriteTime(writer, "expiration", Expiration);
        if (UserId is not null)
        {
            writer.WriteString("userId", UserId);
        }

        writer.WriteEndObject();
    }

#if NET
    /// <inheritdoc />
    static SessionCredentials IBceJsonModel<SessionCredentials>.ReadJson(ref Utf8JsonReader reader) => ReadFrom(ref reader);
#endif

    /// <summary>Reads the STS answer's credentials (registered as the reader on .NET Framework, see <c>Compatibility/</c>).</summary>
    internal static SessionCredentials ReadFrom(ref Utf8JsonReader reader)
    {
        BceJsonReader.ExpectStartObject(ref reader);
        string? accessKeyId = null, secretAccessKey = null, sessionToken = null, userId = null;
        BceTimestamp? createTime = null, expiration = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            // Matched case-insensitively: the Go SDK decodes into an untagged struct, so the service's casing is not pinned down.
            var name = reader.GetString()!.ToLowerInvariant();
            reader.Read();
            switch (name)
            {
                case "accesskeyid": accessKeyId = BceJsonReader.ReadString(ref reader); break;
                case "secretaccesskey": secretAccessKey = BceJsonReader.ReadString(ref reader); break;
                case "sessiontoken": sessionToken = BceJsonReader.ReadString(ref reader); break;
                case "createtime": createTime = BceJsonReader.ReadTimestamp(ref reader); break;
                case "expiration": expiration = BceJsonReader.ReadTimestamp(ref reader); break;
                case "userid": userId = BceJsonReader.ReadString(ref reader); break;
                default: reader.Skip(); break;
            }
        }

        return new SessionCredentials(
            Required(accessKeyId, "accessKeyId"),
            Required(secretAccessKey, "secretAccessKey"),
            Required(sessionToken, "sessionToken"),
            createTime?.Value,
            expiration?.Value,
            userId);
    }

    private static string Required(string? value, string name) =>
        string.IsNullOrWhiteSpace(value) ? throw new JsonException($"The STS answer has no {name}.") : value;

    private static void WriteTime(Utf8JsonWriter writer, string name, DateTimeOffset? value)
    {
        if (value is { } time)
        {
            writer.WriteString(name, BceTimestamp.FromDateTimeOffset(time).Raw);
        }
    }
}
