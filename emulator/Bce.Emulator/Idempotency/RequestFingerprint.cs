using System.Security.Cryptography;
using System.Text;
using Bce.Emulator.Auth;
using Bce.Emulator.Wire;

namespace Bce.Emulator.Idempotency;

/// <summary>
/// What makes two requests "the same request" for a clientToken: method, decoded path, the canonical query without
/// <c>clientToken</c> (so <c>?accept</c> and <c>?accept=</c> and any parameter order are equal) and the exact body bytes.
/// </summary>
internal static class RequestFingerprint
{
    /// <summary>The SHA-256 of the request's identity, as lowercase hex.</summary>
    public static string Compute(string method, string decodedPath, QueryParameters query, ReadOnlySpan<byte> body)
    {
        var head = Encoding.UTF8.GetBytes(
            string.Join('\n', method.ToUpperInvariant(), decodedPath, CanonicalRequest.Query(query.Pairs, alsoExclude: "clientToken"), string.Empty));
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(head);
        hash.AppendData(body);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
