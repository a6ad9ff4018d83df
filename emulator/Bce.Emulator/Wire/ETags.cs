using System.Security.Cryptography;

namespace Bce.Emulator.Wire;

/// <summary>Strong ETags derived from a resource's representation: equal bodies, equal tags.</summary>
internal static class ETags
{
    /// <summary>A quoted tag: the first 20 hex digits of the body's SHA-256.</summary>
    public static string Of(ReadOnlySpan<byte> representation) =>
        "\"" + Convert.ToHexStringLower(SHA256.HashData(representation))[..20] + "\"";
}
