namespace Bce.Runtime.Credentials;

/// <summary>
/// Reads the older Python BCE CLI's <c>~/.bce/credentials</c> (written by <c>bce -c</c>): the
/// <c>bce_access_key_id</c>, <c>bce_secret_access_key</c> and optional <c>bce_security_token</c> (or the SAM CLI's
/// <c>bce_session_token</c>) of one INI section. The section is the profile named by
/// <see cref="BceCredentialSourceOptions.Profile"/> or <c>BCE_PROFILE</c>; without one, <c>[defaults]</c>, the only
/// section the CLI writes (or <c>[default]</c>, which early SAM CLI versions read).
/// </summary>
/// <remarks>
/// The file is re-read when its last-write time or length changes (checked at most once per
/// <see cref="BceCredentialSourceOptions.FileRefreshInterval"/>). Thread-safe; constructing it touches no file.
/// </remarks>
public sealed class LegacyCredentialsFileProvider : BceCredentialProvider
{
    /// <summary>The section read when no profile is named.</summary>
    public const string DefaultSection = "defaults";

    private const string EarlySamCliSection = "default";

    private readonly CredentialSourceSettings _settings;
    private readonly CredentialFileSource<LegacyCredentialsFile, LegacySection> _source;

    /// <summary>Creates the provider.</summary>
    /// <param name="options">Profile, home directory, file path, environment and clock; <see langword="null"/> for the defaults.</param>
    /// <exception cref="ArgumentException">The options are not valid (a negative refresh interval, a missing delegate).</exception>
    public LegacyCredentialsFileProvider(BceCredentialSourceOptions? options = null)
        : this(CredentialSourceSettings.From(options))
    {
    }

    internal LegacyCredentialsFileProvider(CredentialSourceSettings settings)
    {
        _settings = settings;
        _source = new CredentialFileSource<LegacyCredentialsFile, LegacySection>(settings.LegacyCredentialsFile, LegacyCredentialsFileParser.Parse, settings, Find, ToCredentials);
    }

    /// <summary>The file read: the full path, or <c>~/.bce/credentials</c> when no home directory is known.</summary>
    public string FilePath => _source.FilePath;

    /// <inheritdoc />
    /// <exception cref="BceCredentialsNotFoundException">The file or the section does not exist, or the section holds no keys.</exception>
    /// <exception cref="BceCredentialFileException">The file does not parse, or the section holds only half a key pair.</exception>
    public override ValueTask<BceCredentials> GetCredentialsAsync(CancellationToken cancellationToken = default) =>
        _source.GetCredentialsAsync(cancellationToken);

    /// <inheritdoc />
    public override string ToString() => $"LegacyCredentialsFileProvider {{ File = {FilePath} }}";

    /// <summary>Credentials, or why the file does not apply; throws when the file exists but cannot be used.</summary>
    internal CredentialLookup Lookup() => _source.Lookup();

    private (LegacySection? Entry, string Missing) Find(LegacyCredentialsFile file)
    {
        if (_settings.RequestedProfile() is { } named)
        {
            return (file.Find(named.Name), $"section [{named.Name}] ({named.Origin}) missing");
        }

        return (file.Find(DefaultSection) ?? file.Find(EarlySamCliSection), $"section [{DefaultSection}] missing");
    }

    private CredentialLookup ToCredentials(LegacyCredentialsFile file, LegacySection section)
    {
        var where = $"section [{section.Name}]";
        var accessKeyId = file.Get(section, "bce_access_key_id");
        var secretAccessKey = file.Get(section, "bce_secret_access_key");
        if (accessKeyId is null && secretAccessKey is null)
        {
            // `bce -c` writes empty keys until some are entered.
            return CredentialLookup.NotApplicable($"{where} has no keys");
        }

        if (accessKeyId is null || secretAccessKey is null)
        {
            throw Problem(section, $"{where} has {(accessKeyId is null ? "bce_secret_access_key but no bce_access_key_id" : "bce_access_key_id but no bce_secret_access_key")}");
        }

        var token = file.Get(section, "bce_security_token") ?? file.Get(section, "bce_session_token");
        try
        {
            return CredentialLookup.Found(new BceCredentials(accessKeyId, secretAccessKey, token), $"{where} of {FilePath}");
        }
        catch (ArgumentException ex)
        {
            // Not chained: a validation message is not ours to vouch for, and the parameter name says enough.
            throw Problem(section, $"{where} holds a value BceCredentials rejects ({ex.ParamName ?? ex.GetType().Name})");
        }
    }

    private BceCredentialFileException Problem(LegacySection section, string problem) => new(FilePath, section.Line, null, problem);
}
