namespace Bce.Runtime;

/// <summary>
/// Where a client built without credentials (from <see cref="BceClientSettings"/> alone, for example out of
/// <c>appsettings.json</c>) looks for its keys. Only the place is configured; keys are never part of the settings.
/// </summary>
public enum BceCredentialSource
{
    /// <summary>The chain: the environment, then <c>~/.bce/config.json</c>, then <c>~/.bce/credentials</c> (<see cref="Credentials.DefaultBceCredentialProvider"/>).</summary>
    Chain = 0,

    /// <summary>Only <c>BCE_ACCESS_KEY_ID</c>, <c>BCE_SECRET_ACCESS_KEY</c> and <c>BCE_SESSION_TOKEN</c> (<see cref="Credentials.EnvironmentCredentialProvider"/>).</summary>
    Environment = 1,

    /// <summary>Only the BCE CLI's <c>~/.bce/config.json</c> (<see cref="Credentials.BceCliProfileCredentialProvider"/>).</summary>
    CliProfile = 2,

    /// <summary>Only the older CLI's <c>~/.bce/credentials</c> (<see cref="Credentials.LegacyCredentialsFileProvider"/>).</summary>
    CredentialsFile = 3,
}
