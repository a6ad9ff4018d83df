namespace Bce.Runtime.Credentials;

/// <summary>
/// <see cref="BceCredentialSourceOptions"/> validated and resolved once: the home directory found the way the BCE CLI
/// finds it (Go's <c>os.UserHomeDir</c>: <c>HOME</c>, or <c>USERPROFILE</c> on Windows), and the two file paths.
/// </summary>
internal sealed class CredentialSourceSettings
{
    public const string ProfileVariable = "BCE_PROFILE";

    private CredentialSourceSettings(BceCredentialSourceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options.GetEnvironmentVariable, nameof(options));
        ArgumentNullException.ThrowIfNull(options.TimeProvider, nameof(options));
        if (options.FileRefreshInterval < TimeSpan.Zero)
        {
            throw new ArgumentException("BceCredentialSourceOptions.FileRefreshInterval must not be negative.", nameof(options));
        }

        Profile = string.IsNullOrWhiteSpace(options.Profile) ? null : options.Profile.Trim();
        GetEnvironmentVariable = options.GetEnvironmentVariable;
        TimeProvider = options.TimeProvider;
        FileRefreshInterval = options.FileRefreshInterval;

        var homeVariable = OperatingSystem.IsWindows() ? "USERPROFILE" : "HOME";
        var home = string.IsNullOrWhiteSpace(options.HomeDirectory) ? GetEnvironmentVariable(homeVariable) : options.HomeDirectory;
        var noHome = $"no home directory ({homeVariable} is not set)";
        CliConfigFile = Locate(options.CliConfigFilePath, home, "config.json", noHome);
        LegacyCredentialsFile = Locate(options.LegacyCredentialsFilePath, home, "credentials", noHome);
    }

    /// <summary>The profile named in the options, or <see langword="null"/>.</summary>
    public string? Profile { get; }

    public Func<string, string?> GetEnvironmentVariable { get; }

    public TimeProvider TimeProvider { get; }

    public TimeSpan FileRefreshInterval { get; }

    public FileLocation CliConfigFile { get; }

    public FileLocation LegacyCredentialsFile { get; }

    public static CredentialSourceSettings From(BceCredentialSourceOptions? options) => new(options ?? new BceCredentialSourceOptions());

    /// <summary>
    /// The profile asked for, and by whom: the options, then <c>BCE_PROFILE</c>; <see langword="null"/> when neither
    /// names one (the file's own default applies). Read on every call, so a changed variable is seen.
    /// </summary>
    public (string Name, string Origin)? RequestedProfile()
    {
        if (Profile is not null)
        {
            return (Profile, "the options");
        }

        var fromEnvironment = GetEnvironmentVariable(ProfileVariable);
        return string.IsNullOrWhiteSpace(fromEnvironment) ? null : (fromEnvironment.Trim(), ProfileVariable);
    }

    private static FileLocation Locate(string? explicitPath, string? home, string fileName, string noHome)
    {
        if (!string.IsNullOrWhiteSpace(explicitPath))
        {
            return new FileLocation(Path.GetFullPath(explicitPath), null);
        }

        return string.IsNullOrWhiteSpace(home)
            ? new FileLocation($"~/.bce/{fileName}", noHome)
            : new FileLocation(Path.GetFullPath(Path.Combine(home, ".bce", fileName)), null);
    }
}

/// <summary>A credential file's path, or (when <paramref name="Unavailable"/> is set) why it cannot be located.</summary>
/// <param name="Path">The full path, or the conventional <c>~/.bce/…</c> spelling when there is no home directory.</param>
/// <param name="Unavailable">Why the file cannot be looked for, or <see langword="null"/>.</param>
internal sealed record FileLocation(string Path, string? Unavailable);
