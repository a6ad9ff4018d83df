using Bce.Emulator.Wire;

namespace Bce.Emulator.Auth;

/// <summary>
/// A parsed <c>bce-auth-v1/{AK}/{timestamp}/{expirationSeconds}/{signedHeaders}/{signature}</c>.
/// </summary>
/// <param name="AccessKeyId">The access key id.</param>
/// <param name="TimestampText">The timestamp exactly as sent (it is part of the signed prefix).</param>
/// <param name="Timestamp">The parsed timestamp.</param>
/// <param name="ExpirationSeconds">How long the signature is valid.</param>
/// <param name="SignedHeaders">Lowercased header names; empty means the default set.</param>
/// <param name="Signature">The lowercase hex signature.</param>
internal sealed record AuthorizationHeader(
    string AccessKeyId,
    string TimestampText,
    DateTimeOffset Timestamp,
    int ExpirationSeconds,
    IReadOnlyList<string> SignedHeaders,
    string Signature)
{
    private const string Scheme = "bce-auth-v1";

    /// <summary><c>bce-auth-v1/{AK}/{timestamp}/{expirationSeconds}</c>.</summary>
    public string AuthStringPrefix => $"{Scheme}/{AccessKeyId}/{TimestampText}/{ExpirationSeconds}";

    /// <summary>Parses the header or throws <c>InvalidHTTPAuthHeader</c> saying what is wrong.</summary>
    public static AuthorizationHeader Parse(string? header)
    {
        if (string.IsNullOrWhiteSpace(header))
        {
            throw ApiErrors.InvalidHttpAuthHeader("The Authorization header is missing.");
        }

        var parts = header.Trim().Split('/');
        if (parts.Length != 6)
        {
            throw ApiErrors.InvalidHttpAuthHeader(
                "The Authorization header must be bce-auth-v1/{accessKeyId}/{timestamp}/{expirationSeconds}/{signedHeaders}/{signature}.");
        }

        if (parts[0] != Scheme)
        {
            throw ApiErrors.InvalidHttpAuthHeader($"The Authorization scheme must be {Scheme}, not '{parts[0]}'.");
        }

        if (parts[1].Length == 0)
        {
            throw ApiErrors.InvalidHttpAuthHeader("The Authorization header has an empty access key id.");
        }

        if (!WireFormats.TryParseIsoTime(parts[2], out var timestamp))
        {
            throw ApiErrors.InvalidHttpAuthHeader($"The Authorization timestamp '{parts[2]}' is not yyyy-MM-ddTHH:mm:ssZ.");
        }

        if (!int.TryParse(parts[3], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var expiration)
            || expiration <= 0)
        {
            throw ApiErrors.InvalidHttpAuthHeader($"The Authorization expiration '{parts[3]}' is not a positive number of seconds.");
        }

        var signedHeaders = ParseSignedHeaders(parts[4]);
        if (parts[5].Length != 64 || !parts[5].All(char.IsAsciiHexDigit))
        {
            throw ApiErrors.InvalidHttpAuthHeader("The Authorization signature must be 64 hexadecimal characters.");
        }

        return new AuthorizationHeader(parts[1], parts[2], timestamp, expiration, signedHeaders, parts[5]);
    }

    private static List<string> ParseSignedHeaders(string field)
    {
        var names = new List<string>();
        if (field.Length == 0)
        {
            return names;
        }

        foreach (var name in field.Split(';'))
        {
            var trimmed = name.Trim();
            if (trimmed.Length == 0)
            {
                throw ApiErrors.InvalidHttpAuthHeader($"The signed header list '{field}' has an empty name.");
            }

            names.Add(trimmed.ToLowerInvariant());
        }

        return names;
    }
}
