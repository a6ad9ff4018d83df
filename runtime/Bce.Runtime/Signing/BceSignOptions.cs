namespace Bce.Runtime.Signing;

/// <summary>How requests are signed with bce-auth-v1.</summary>
public sealed class BceSignOptions
{
    /// <summary>The signature lifetime every BCE SDK uses.</summary>
    public const int DefaultExpirationInSeconds = 1800;

    /// <summary>
    /// Extra header names to sign (case-insensitive), or <see langword="null"/> for the default set:
    /// <c>host</c>, <c>content-length</c>, <c>content-type</c>, <c>content-md5</c>. Every <c>x-bce-*</c> header except
    /// <c>x-bce-request-id</c> is signed either way (the Go SDK's rule), so the security token is always covered; list
    /// <c>x-bce-request-id</c> here to sign it too.
    /// </summary>
    public IReadOnlyCollection<string>? HeadersToSign { get; set; }

    /// <summary>How long a signature stays valid, in seconds; default 1800.</summary>
    public int ExpirationInSeconds { get; set; } = DefaultExpirationInSeconds;

    /// <summary>An independent copy, the header list included.</summary>
    internal BceSignOptions Copy() => new()
    {
        HeadersToSign = HeadersToSign is null ? null : [.. HeadersToSign],
        ExpirationInSeconds = ExpirationInSeconds,
    };
}
