using Bce.Runtime.Errors;

namespace Bce.Runtime.Credentials;

/// <summary>
/// No credential source applied. <see cref="Sources"/> names every source that was tried and why it did not apply
/// (a variable not set, a file not found, a profile missing); neither it nor the message ever holds a key or a token.
/// </summary>
public sealed class BceCredentialsNotFoundException : BceException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="sources">One entry per source tried, in order, as <c>source: why it did not apply</c>; must not contain secrets.</param>
    /// <exception cref="ArgumentNullException"><paramref name="sources"/> is null.</exception>
    public BceCredentialsNotFoundException(IEnumerable<string> sources)
        : this(Snapshot(sources))
    {
    }

    private BceCredentialsNotFoundException(IReadOnlyList<string> sources)
        : base(Describe(sources), innerException: null)
    {
        Sources = sources;
    }

    /// <summary>Every source tried, in order, each as <c>source: why it did not apply</c>.</summary>
    public IReadOnlyList<string> Sources { get; }

    private static IReadOnlyList<string> Snapshot(IEnumerable<string> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        return sources.ToArray();
    }

    private static string Describe(IReadOnlyList<string> sources) =>
        "No BCE credentials found. Tried: " + (sources.Count == 0 ? "nothing" : string.Join("; ", sources)) +
        ". Set BCE_ACCESS_KEY_ID and BCE_SECRET_ACCESS_KEY, run `bce configure set`, or pass credentials to the client.";
}
