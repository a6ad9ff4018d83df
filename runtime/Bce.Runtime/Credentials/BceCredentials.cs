using System.Diagnostics;

namespace Bce.Runtime.Credentials;

/// <summary>
/// An access key pair, optionally with an STS session token. <see cref="ToString"/> and the debugger show a masked
/// access key id only; the secret key and the token never appear in text the runtime produces.
/// </summary>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class BceCredentials
{
    /// <summary>Creates credentials.</summary>
    /// <param name="accessKeyId">The access key id (AK).</param>
    /// <param name="secretAccessKey">The secret access key (SK).</param>
    /// <param name="sessionToken">The STS session token for temporary credentials; <see langword="null"/> or empty for long-term keys.</param>
    /// <exception cref="ArgumentException">
    /// The access key id or the secret is missing, or a value holds anything but visible ASCII (a CR or LF would inject
    /// a header); the message never shows the value.
    /// </exception>
    public BceCredentials(string accessKeyId, string secretAccessKey, string? sessionToken = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(accessKeyId);
        ArgumentException.ThrowIfNullOrWhiteSpace(secretAccessKey);
        EnsureHeaderSafe(accessKeyId, "access key id", nameof(accessKeyId));
        EnsureHeaderSafe(secretAccessKey, "secret access key", nameof(secretAccessKey));
        if (!string.IsNullOrEmpty(sessionToken))
        {
            EnsureHeaderSafe(sessionToken, "session token", nameof(sessionToken));
        }

        AccessKeyId = accessKeyId;
        SecretAccessKey = secretAccessKey;
        SessionToken = string.IsNullOrEmpty(sessionToken) ? null : sessionToken;
    }

    /// <summary>The access key id (AK).</summary>
    public string AccessKeyId { get; }

    /// <summary>The secret access key (SK).</summary>
    public string SecretAccessKey { get; }

    /// <summary>The STS session token, sent as the signed <c>x-bce-security-token</c> header; <see langword="null"/> for long-term keys.</summary>
    public string? SessionToken { get; }

    /// <summary>Whether these are temporary (STS) credentials.</summary>
    public bool IsSessionCredentials => SessionToken is not null;

    /// <summary>Shows the masked access key id and whether a session token is present.</summary>
    /// <returns>A description without secrets.</returns>
    public override string ToString() =>
        $"BceCredentials {{ AccessKeyId = {Mask(AccessKeyId)}, SessionToken = {(SessionToken is null ? "none" : "<redacted>")} }}";

    /// <summary>
    /// Refuses a value that could not travel in an HTTP header as it is: anything but visible ASCII (a CR or LF would
    /// start a header of its own on the wire). The message names what is wrong, never the value, which is a secret.
    /// </summary>
    /// <exception cref="ArgumentException">The value holds a control character, a space or a non-ASCII character.</exception>
    internal static void EnsureHeaderSafe(string value, string what, string paramName)
    {
        foreach (var c in value)
        {
            if (c is < '!' or > '~')
            {
                throw new ArgumentException(
                    $"The {what} contains a control character, a space or a non-ASCII character, which cannot be sent in a header; the value is not shown.",
                    paramName);
            }
        }
    }

    /// <summary>Masks an access key id: the first and last four characters stay, the rest becomes <c>****</c>.</summary>
    internal static string Mask(string accessKeyId) =>
        accessKeyId.Length <= 8 ? "****" : $"{accessKeyId[..4]}****{accessKeyId[^4..]}";
}
