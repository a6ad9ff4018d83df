using System.Text.RegularExpressions;

namespace Bce.Runtime.Errors;

/// <summary>
/// Removes secret material from text the service sent before the runtime keeps or shows it (exception messages,
/// <c>RawContent</c>). Some service messages quote the canonical request, which holds <c>x-bce-security-token</c>, and an
/// STS answer holds a secret key and a session token; none of that may reach a message, a log or <c>ToString()</c>.
/// </summary>
/// <remarks>
/// Three passes, each replacing with <see cref="Redacted"/>: the known secret values of the call's credentials; the values
/// of JSON members and canonical-request headers whose names say they are secret (<c>secretAccessKey</c>,
/// <c>sessionToken</c>, <c>x-bce-security-token</c>, <c>authorization</c>, …); and signature-like material
/// (<c>bce-auth-v1/…</c> auth strings, runs of 64 hex digits such as signatures and signing keys).
/// </remarks>
internal static partial class SecretScrubber
{
    /// <summary>What a secret is replaced with.</summary>
    public const string Redacted = "REDACTED";

    // Shorter values are too likely to occur by chance, and no BCE secret is that short.
    private const int MinimumKnownSecretLength = 8;

    /// <summary>Scrubs <paramref name="text"/>; <paramref name="knownSecrets"/> are values to remove wherever they occur.</summary>
    public static string Scrub(string text, params ReadOnlySpan<string?> knownSecrets)
    {
        if (text.Length == 0)
        {
            return text;
        }

        foreach (var secret in knownSecrets)
        {
            if (secret is { Length: >= MinimumKnownSecretLength })
            {
                text = text.Replace(secret, Redacted, StringComparison.Ordinal);
            }
        }

        text = SecretJsonMember().Replace(text, static m => m.Groups["head"].Value + Redacted + "\"");
        text = SecretHeaderLine().Replace(text, static m => m.Groups["head"].Value + Redacted);
        text = AuthString().Replace(text, Redacted);
        return HexRun().Replace(text, Redacted);
    }

    /// <summary><c>"secretAccessKey": "…"</c> and the like: a JSON string whose member name says it is secret.</summary>
    private const string SecretJsonMemberPattern = """(?<head>\x22(?:[A-Za-z_-]*(?:secret|password|signature|authorization|credential)[A-Za-z_-]*|sessionToken|securityToken|accessToken|token|x-bce-security-token)\x22\s*:\s*\x22)(?:[^\x22\\]|\\.)*\x22""";

    [GeneratedRegex(SecretJsonMemberPattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SecretJsonMember();

    /// <summary>
    /// <c>x-bce-security-token:…</c> or <c>authorization:…</c> as a canonical request or a header dump writes them, up to
    /// the end of the line (a real or an escaped line break), a quote, a semicolon or whitespace.
    /// </summary>
    private const string SecretHeaderLinePattern = """(?<head>\b(?:x-bce-security-token|authorization)\s*[:=]\s*)(?:(?!\\n)[^\s\x22\x27;&])+""";

    [GeneratedRegex(SecretHeaderLinePattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SecretHeaderLine();

    /// <summary>A bce-auth-v1 auth string or authorization value: <c>bce-auth-v1/ak/timestamp/expiration/headers/signature</c>.</summary>
    private const string AuthStringPattern = """bce-auth-v1/[^\s\x22\x27;&]*""";

    [GeneratedRegex(AuthStringPattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AuthString();

    /// <summary>64 hex digits: an HMAC-SHA256 signature or signing key.</summary>
    private const string HexRunPattern = "(?<![0-9A-Fa-f])[0-9A-Fa-f]{64}(?![0-9A-Fa-f])";

    [GeneratedRegex(HexRunPattern, RegexOptions.CultureInvariant)]
    private static partial Regex HexRun();
}
