namespace Bce.Runtime.Credentials;

/// <summary>
/// Where <see cref="DefaultBceCredentialProvider"/>, <see cref="BceCliProfileCredentialProvider"/> and
/// <see cref="LegacyCredentialsFileProvider"/> look: the profile, the home directory and the files under it, the
/// environment, and the clock that paces re-checking the files. Every part can be replaced, so tests run against a
/// temporary home directory and a dictionary instead of the real ones.
/// </summary>
/// <remarks>The providers copy what they need when they are constructed; later changes to this object have no effect.</remarks>
public sealed class BceCredentialSourceOptions
{
    /// <summary>The interval used when <see cref="FileRefreshInterval"/> is not set.</summary>
    public static readonly TimeSpan DefaultFileRefreshInterval = TimeSpan.FromSeconds(5);

    /// <summary>
    /// The profile to use. <see langword="null"/> (the default) means the <c>BCE_PROFILE</c> environment variable, and
    /// without it the file's own default: the <c>current</c> profile of <c>~/.bce/config.json</c> (<c>default</c> when
    /// that is empty) and the <c>[defaults]</c> section of <c>~/.bce/credentials</c>.
    /// </summary>
    public string? Profile { get; set; }

    /// <summary>
    /// The home directory that holds <c>.bce/</c>. <see langword="null"/> (the default) means <c>HOME</c>, or
    /// <c>USERPROFILE</c> on Windows, read through <see cref="GetEnvironmentVariable"/> (the rule the BCE CLI follows).
    /// </summary>
    public string? HomeDirectory { get; set; }

    /// <summary>The BCE CLI's profile file; <see langword="null"/> (the default) means <c>{home}/.bce/config.json</c>.</summary>
    public string? CliConfigFilePath { get; set; }

    /// <summary>The older Python CLI's credentials file; <see langword="null"/> (the default) means <c>{home}/.bce/credentials</c>.</summary>
    public string? LegacyCredentialsFilePath { get; set; }

    /// <summary>Reads an environment variable; the default is <see cref="Environment.GetEnvironmentVariable(string)"/>.</summary>
    public Func<string, string?> GetEnvironmentVariable { get; set; } = Environment.GetEnvironmentVariable;

    /// <summary>The clock that decides when a file is checked again; default <see cref="TimeProvider.System"/>.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>
    /// How long a file's contents are trusted before its last-write time and length are checked again (5 seconds by
    /// default; <see cref="TimeSpan.Zero"/> checks on every call). A file whose last-write time or length changed is
    /// read again, so rotated keys are used within this interval.
    /// </summary>
    public TimeSpan FileRefreshInterval { get; set; } = DefaultFileRefreshInterval;
}
