namespace Bce.Runtime.Credentials;

/// <summary>
/// What one link of the credential chain found: credentials and where they came from, or why the link does not
/// apply (so the chain moves on). A link whose source exists but is broken throws instead.
/// </summary>
internal readonly struct CredentialLookup
{
    private CredentialLookup(BceCredentials? credentials, string text)
    {
        Credentials = credentials;
        Text = text;
    }

    /// <summary>The credentials, or <see langword="null"/> when the link does not apply.</summary>
    public BceCredentials? Credentials { get; }

    /// <summary>Where the credentials came from, or why the link does not apply; never a secret.</summary>
    public string Text { get; }

    public static CredentialLookup Found(BceCredentials credentials, string source) => new(credentials, source);

    public static CredentialLookup NotApplicable(string reason) => new(null, reason);
}
