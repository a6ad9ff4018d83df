using Bce.Runtime.Errors;

namespace Bce.Runtime.Credentials;

/// <summary>
/// The credential chain a client uses when it is given none: the first source that holds keys answers.
/// <list type="number">
/// <item>Credentials passed to the constructor, if any (then nothing else is looked at).</item>
/// <item>The environment: <c>BCE_ACCESS_KEY_ID</c> and <c>BCE_SECRET_ACCESS_KEY</c>, with <c>BCE_SESSION_TOKEN</c>
/// (or the BCE CLI's <c>BCE_SECURITY_TOKEN</c>) for STS credentials.</item>
/// <item>The BCE CLI's <c>~/.bce/config.json</c> (see <see cref="BceCliProfileCredentialProvider"/>).</item>
/// <item>The older Python CLI's <c>~/.bce/credentials</c> (see <see cref="LegacyCredentialsFileProvider"/>).</item>
/// </list>
/// When none applies, one <see cref="BceCredentialsNotFoundException"/> lists every source and why it did not apply.
/// </summary>
/// <remarks>
/// The source that answered is remembered and asked first from then on; if it stops applying (its file deleted, its
/// profile removed) the chain is walked again. Files are re-read when they change (see
/// <see cref="BceCredentialSourceOptions.FileRefreshInterval"/>) and the environment is read on every call, so rotated
/// keys are picked up. A source that exists but is broken (half a key pair in the environment, a file that does not
/// parse, an incomplete profile) stops the chain with its own error rather than silently falling through to another
/// account's keys. Thread-safe; constructing it touches no file.
/// </remarks>
public sealed class DefaultBceCredentialProvider : BceCredentialProvider
{
    /// <summary>The BCE CLI's name for the session token variable, read when <c>BCE_SESSION_TOKEN</c> is not set.</summary>
    public const string SecurityTokenVariable = "BCE_SECURITY_TOKEN";

    private const string EnvironmentSource = "environment";

    private readonly Link[] _links;
    private Answer? _answered;

    /// <summary>Creates the chain over the environment and the credential files.</summary>
    /// <param name="options">Profile, home directory, file paths, environment and clock; <see langword="null"/> for the defaults.</param>
    /// <exception cref="ArgumentException">The options are not valid (a negative refresh interval, a missing delegate).</exception>
    public DefaultBceCredentialProvider(BceCredentialSourceOptions? options = null)
    {
        var settings = CredentialSourceSettings.From(options);
        var cliProfile = new BceCliProfileCredentialProvider(settings);
        var legacyFile = new LegacyCredentialsFileProvider(settings);
        _links =
        [
            new Link(EnvironmentSource, () => FromEnvironment(settings.GetEnvironmentVariable)),
            new Link(cliProfile.FilePath, cliProfile.Lookup),
            new Link(legacyFile.FilePath, legacyFile.Lookup),
        ];
    }

    /// <summary>Creates a chain whose first link, explicit credentials, always answers.</summary>
    /// <param name="credentials">The credentials to hand out.</param>
    /// <exception cref="ArgumentNullException"><paramref name="credentials"/> is null.</exception>
    public DefaultBceCredentialProvider(BceCredentials credentials)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        const string source = "explicit credentials";
        _links = [new Link(source, () => CredentialLookup.Found(credentials, source))];
    }

    /// <summary>
    /// Where the last credentials came from (<c>environment</c>, <c>profile 'prod' of /home/me/.bce/config.json</c>,
    /// …), or <see langword="null"/> before the first success. Never a key.
    /// </summary>
    public string? Source => Volatile.Read(ref _answered)?.Source;

    /// <inheritdoc />
    /// <exception cref="BceCredentialsNotFoundException">No source applies; the exception lists each and why.</exception>
    /// <exception cref="BceCredentialFileException">A credential file exists but does not parse, or its profile is incomplete.</exception>
    /// <exception cref="BceClientException">Only one of the two key variables is set in the environment.</exception>
    public override ValueTask<BceCredentials> GetCredentialsAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (Volatile.Read(ref _answered) is { } answered && Ask(answered.Link) is { } remembered)
        {
            return ValueTask.FromResult(remembered);
        }

        // Nothing answered yet, or the source that did no longer applies: walk the whole chain.
        var reasons = new List<string>(_links.Length);
        foreach (var link in _links)
        {
            var lookup = link.Lookup();
            if (lookup.Credentials is { } credentials)
            {
                Volatile.Write(ref _answered, new Answer(link, lookup.Text));
                return ValueTask.FromResult(credentials);
            }

            reasons.Add($"{link.Name}: {lookup.Text}");
        }

        throw new BceCredentialsNotFoundException(reasons);
    }

    /// <inheritdoc />
    public override string ToString() => $"DefaultBceCredentialProvider {{ Source = {Source ?? "none yet"} }}";

    private BceCredentials? Ask(Link link)
    {
        var lookup = link.Lookup();
        if (lookup.Credentials is null)
        {
            return null;
        }

        if (!string.Equals(lookup.Text, Source, StringComparison.Ordinal))
        {
            Volatile.Write(ref _answered, new Answer(link, lookup.Text));
        }

        return lookup.Credentials;
    }

    private static CredentialLookup FromEnvironment(Func<string, string?> getVariable)
    {
        var accessKeyId = Value(getVariable(EnvironmentCredentialProvider.AccessKeyIdVariable));
        var secretAccessKey = Value(getVariable(EnvironmentCredentialProvider.SecretAccessKeyVariable));
        if (accessKeyId is null && secretAccessKey is null)
        {
            return CredentialLookup.NotApplicable($"{EnvironmentCredentialProvider.AccessKeyIdVariable} and {EnvironmentCredentialProvider.SecretAccessKeyVariable} not set");
        }

        if (accessKeyId is null || secretAccessKey is null)
        {
            var (set, missing) = accessKeyId is null
                ? (EnvironmentCredentialProvider.SecretAccessKeyVariable, EnvironmentCredentialProvider.AccessKeyIdVariable)
                : (EnvironmentCredentialProvider.AccessKeyIdVariable, EnvironmentCredentialProvider.SecretAccessKeyVariable);
            throw new BceClientException($"The environment variable {set} is set but {missing} is not; set both, or neither to use the credential files.");
        }

        var token = Value(getVariable(EnvironmentCredentialProvider.SessionTokenVariable)) ?? Value(getVariable(SecurityTokenVariable));
        try
        {
            return CredentialLookup.Found(new BceCredentials(accessKeyId, secretAccessKey, token), EnvironmentSource);
        }
        catch (ArgumentException ex)
        {
            // Not chained: a validation message is not ours to vouch for, and the parameter name says enough.
            throw new BceClientException($"The environment holds a value BceCredentials rejects ({ex.ParamName ?? ex.GetType().Name}).");
        }
    }

    private static string? Value(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>One source of the chain: its name in messages, and how to ask it.</summary>
    private sealed record Link(string Name, Func<CredentialLookup> Lookup);

    /// <summary>The source that answered last, with the description of where its credentials came from.</summary>
    private sealed record Answer(Link Link, string Source);
}
