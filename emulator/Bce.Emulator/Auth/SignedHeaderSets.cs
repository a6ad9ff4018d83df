namespace Bce.Emulator.Auth;

/// <summary>
/// Which headers take part in the canonical request. An explicit <c>signedHeaders</c> list names them; an empty one
/// means the default set: <c>host</c>, <c>content-length</c>, <c>content-type</c>, <c>content-md5</c> and every
/// <c>x-bce-*</c> header. The SDKs disagree on whether that default includes <c>x-bce-request-id</c> (Go skips it,
/// Python signs it), so the verifier tries both.
/// </summary>
internal static class SignedHeaderSets
{
    private static readonly HashSet<string> DefaultNames = new(StringComparer.Ordinal)
    {
        "host", "content-length", "content-type", "content-md5",
    };

    /// <summary>The default set, with <c>x-bce-request-id</c> signed (Python) or not (Go).</summary>
    public static Func<string, bool> Default(bool includeRequestId) => name =>
        DefaultNames.Contains(name)
        || (name.StartsWith("x-bce-", StringComparison.Ordinal) && (includeRequestId || name != "x-bce-request-id"));

    /// <summary>Exactly the listed names.</summary>
    public static Func<string, bool> Explicit(IReadOnlyCollection<string> names)
    {
        var set = new HashSet<string>(names, StringComparer.Ordinal);
        return set.Contains;
    }
}
