namespace Bce.Runtime.Credentials;

/// <summary>
/// The BCE CLI's <c>~/.bce/config.json</c>, parsed. Layout, from the CLI's own source (github.com/baidubce/bce-cli,
/// <c>internal/config/config.go</c> and <c>internal/config/credential.go</c> at 84951d92 and b5c75749, 2026):
/// <code>
/// { "current": "default",
///   "profiles": [ { "name": "default", "mode": "AK", "access_key_id": "…", "secret_access_key": "…", "region": "bj" },
///                 { "name": "sts", "mode": "StsToken", "access_key_id": "…", "secret_access_key": "…",
///                   "security_token": "…" } ] }
/// </code>
/// <c>current</c> is the profile <c>bce configure use</c> selected (<c>default</c> when the file is new);
/// <c>mode</c> is <c>AK</c> (also when empty) or <c>StsToken</c>; later CLI versions also name <c>AssumeRole</c>,
/// <c>InstanceRole</c>, <c>External</c> and <c>CredentialsURI</c>, which the CLI itself does not support yet either.
/// Further keys (<c>endpoint</c>, <c>language</c>, <c>output_format</c>) are not credentials and are skipped.
/// </summary>
internal sealed class CliConfigFile
{
    public CliConfigFile(string? current, IReadOnlyList<CliProfile> profiles)
    {
        Current = current;
        Profiles = profiles;
    }

    /// <summary>The <c>current</c> profile name, or <see langword="null"/> when empty or absent.</summary>
    public string? Current { get; }

    public IReadOnlyList<CliProfile> Profiles { get; }

    /// <summary>The first profile with this name, as the CLI's <c>GetProfile</c> picks it.</summary>
    public CliProfile? Find(string name)
    {
        foreach (var profile in Profiles)
        {
            if (string.Equals(profile.Name, name, StringComparison.Ordinal))
            {
                return profile;
            }
        }

        return null;
    }

    /// <inheritdoc />
    public override string ToString() => $"CliConfigFile {{ Current = {Current}, Profiles = {Profiles.Count} }}";
}

/// <summary>One entry of <c>profiles</c>. Not a record, so that no generated <c>ToString</c> prints the secret.</summary>
internal sealed class CliProfile
{
    public required string? Name { get; init; }

    public required string? Mode { get; init; }

    public required string? AccessKeyId { get; init; }

    public required string? SecretAccessKey { get; init; }

    public required string? SecurityToken { get; init; }

    /// <summary>The 1-based line where the profile's object starts, for messages.</summary>
    public required int Line { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"CliProfile {{ Name = {Name}, Mode = {Mode}, Line = {Line} }}";
}
