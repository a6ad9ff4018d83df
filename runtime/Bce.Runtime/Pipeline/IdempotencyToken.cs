namespace Bce.Runtime.Pipeline;

/// <summary>Creates <c>clientToken</c> values: the BCE idempotency key, ASCII and at most 64 characters.</summary>
public static class IdempotencyToken
{
    /// <summary>The longest token BCE accepts.</summary>
    public const int MaxLength = 64;

    /// <summary>Creates a new token: a random UUID (version 4) in its 36-character text form.</summary>
    /// <returns>The token.</returns>
    public static string Create() => Guid.NewGuid().ToString("D");

    /// <summary>Whether a caller-supplied token is acceptable: 1–64 printable ASCII characters without spaces.</summary>
    /// <param name="token">The token.</param>
    /// <returns><see langword="true"/> when BCE accepts it.</returns>
    public static bool IsValid(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > MaxLength)
        {
            return false;
        }

        foreach (var c in token)
        {
            if (c is < '!' or > '~')
            {
                return false;
            }
        }

        return true;
    }
}
