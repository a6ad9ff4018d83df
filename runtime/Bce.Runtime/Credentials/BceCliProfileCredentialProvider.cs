namespace Bce.Runtime.Credentials;

/// <summary>
/// Reads a profile of the BCE CLI's <c>~/.bce/config.json</c>, as <c>bce configure set [profile]</c> writes it:
/// <c>AK</c> profiles give long-term keys, <c>StsToken</c> profiles give keys with their <c>security_token</c>.
/// The profile is <see cref="BceCredentialSourceOptions.Profile"/>, else the <c>BCE_PROFILE</c> environment variable,
/// else the file's <c>current</c> profile (the one <c>bce configure use</c> chose), else <c>default</c>.
/// </summary>
/// <remarks>
/// The file is re-read when its last-write time or length changes (checked at most once per
/// <see cref="BceCredentialSourceOptions.FileRefreshInterval"/>), so <c>bce configure set</c> with new keys takes
/// effect without a restart. Thread-safe; constructing it touches no file.
/// </remarks>
public sealed class BceCliProfileCredentialProvider : BceCredentialProvider
{
    /// <summary>The environment variable naming the profile when the options do not.</summary>
    public const string ProfileVariable = CredentialSourceSettings.ProfileVariable;

    /// <summary>The profile used when neither the options, <c>BCE_PROFILE</c> nor the file's <c>current</c> names one.</summary>
    public const string DefaultProfile = "default";

    private readonly CredentialSourceSettings _settings;
    private readonly CredentialFileSource<CliConfigFile, CliProfile> _source;

    /// <summary>Creates the provider.</summary>
    /// <param name="options">Profile, home directory, file path, environment and clock; <see langword="null"/> for the defaults.</param>
    /// <exception cref="ArgumentException">The options are not valid (a negative refresh interval, a missing delegate).</exception>
    public BceCliProfileCredentialProvider(BceCredentialSourceOptions? options = null)
        : this(CredentialSourceSettings.From(options))
    {
    }

    internal BceCliProfileCredentialProvider(CredentialSourceSettings settings)
    {
        _settings = settings;
        _source = new CredentialFileSource<CliConfigFile, CliProfile>(settings.CliConfigFile, CliConfigFileParser.Parse, settings, Find, ToCredentials);
    }

    /// <summary>The file read: the full path, or <c>~/.bce/config.json</c> when no home directory is known.</summary>
    public string FilePath => _source.FilePath;

    /// <inheritdoc />
    /// <exception cref="BceCredentialsNotFoundException">The file or the profile does not exist.</exception>
    /// <exception cref="BceCredentialFileException">The file does not parse, or the profile is incomplete or of an unsupported mode.</exception>
    public override ValueTask<BceCredentials> GetCredentialsAsync(CancellationToken cancellationToken = default) =>
        _source.GetCredentialsAsync(cancellationToken);

    /// <inheritdoc />
    public override string ToString() => $"BceCliProfileCredentialProvider {{ File = {FilePath} }}";

    /// <summary>Credentials, or why the file does not apply; throws when the file exists but cannot be used.</summary>
    internal CredentialLookup Lookup() => _source.Lookup();

    private (CliProfile? Entry, string Missing) Find(CliConfigFile file)
    {
        var (name, origin) = _settings.RequestedProfile()
            ?? (file.Current is { } current ? (current, "its \"current\"") : (DefaultProfile, "the CLI's default"));
        return (file.Find(name), $"profile '{name}' ({origin}) missing");
    }

    private CredentialLookup ToCredentials(CliConfigFile file, CliProfile profile)
    {
        var where = $"profile '{profile.Name}'";
        var mode = profile.Mode?.Trim();
        var isSts = string.Equals(mode, "StsToken", StringComparison.OrdinalIgnoreCase);
        if (!isSts && !string.IsNullOrEmpty(mode) && !string.Equals(mode, "AK", StringComparison.OrdinalIgnoreCase))
        {
            throw Problem(profile, $"{where} has mode {DescribeMode(mode)}; only AK and StsToken profiles hold keys this runtime can use");
        }

        var accessKeyId = Value(profile.AccessKeyId);
        var secretAccessKey = Value(profile.SecretAccessKey);
        if (accessKeyId is null && secretAccessKey is null)
        {
            return CredentialLookup.NotApplicable($"{where} has no keys");
        }

        if (accessKeyId is null || secretAccessKey is null)
        {
            throw Problem(profile, $"{where} has {(accessKeyId is null ? "secret_access_key but no access_key_id" : "access_key_id but no secret_access_key")}");
        }

        // As in the CLI, an AK profile ignores a leftover security_token.
        var token = isSts ? Value(profile.SecurityToken) ?? throw Problem(profile, $"{where} has mode StsToken but no security_token") : null;
        return CredentialLookup.Found(Create(profile, where, accessKeyId, secretAccessKey, token), $"{where} of {FilePath}");
    }

    private BceCredentials Create(CliProfile profile, string where, string accessKeyId, string secretAccessKey, string? token)
    {
        try
        {
            return new BceCredentials(accessKeyId, secretAccessKey, token);
        }
        catch (ArgumentException ex)
        {
            // Not chained: a validation message is not ours to vouch for, and the parameter name says enough.
            throw Problem(profile, $"{where} holds a value BceCredentials rejects ({ex.ParamName ?? ex.GetType().Name})");
        }
    }

    /// <summary>Names a mode only when it is one the CLI defines: an unknown value could be anything, a key included.</summary>
    private static string DescribeMode(string mode) => mode switch
    {
        "AssumeRole" or "InstanceRole" or "External" or "CredentialsURI" => mode,
        _ => "an unknown value",
    };

    private static string? Value(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private BceCredentialFileException Problem(CliProfile profile, string problem) => new(FilePath, profile.Line, null, problem);
}
