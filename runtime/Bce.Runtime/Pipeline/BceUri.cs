using Bce.Runtime.Signing;

namespace Bce.Runtime.Pipeline;

/// <summary>Builds request paths for generated clients.</summary>
public static class BceUri
{
    /// <summary>
    /// Escapes one path segment: RFC 3986 unreserved characters are kept and everything else, <c>/</c> included, is
    /// <c>%XX</c>-encoded, which is exactly the bce-auth-v1 encoding, so the path signs as it is sent.
    /// </summary>
    /// <param name="value">The segment value, for example a resource id.</param>
    /// <returns>The escaped segment.</returns>
    /// <exception cref="ArgumentException">
    /// The value is empty, <c>.</c> or <c>..</c>: such a segment would silently address a different resource
    /// (<c>/peerconn/</c> lists instead of getting, <c>..</c> climbs a level).
    /// </exception>
    public static string EscapePathSegment(string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(value);
        if (value is "." or "..")
        {
            throw new ArgumentException($"A path segment cannot be '{value}'.", nameof(value));
        }

        return UriEncoder.Encode(value);
    }
}
