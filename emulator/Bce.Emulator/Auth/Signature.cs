using System.Security.Cryptography;
using System.Text;

namespace Bce.Emulator.Auth;

/// <summary>The two HMAC steps of bce-auth-v1 (wire contract §5 steps 3 and 5).</summary>
internal static class Signature
{
    /// <summary>Lowercase hex HMAC-SHA256(key = SK, message = <c>bce-auth-v1/AK/timestamp/expiration</c>).</summary>
    public static string SigningKey(string secretAccessKey, string authStringPrefix) =>
        HexHmac(Encoding.UTF8.GetBytes(secretAccessKey), authStringPrefix);

    /// <summary>Lowercase hex HMAC-SHA256(key = the signing key's hex text, message = canonical request).</summary>
    public static string Compute(string signingKey, string canonicalRequest) =>
        HexHmac(Encoding.UTF8.GetBytes(signingKey), canonicalRequest);

    /// <summary>Compares two signatures in constant time.</summary>
    public static bool Matches(string expected, string actual) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(actual));

    private static string HexHmac(byte[] key, string message) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(message)));
}
