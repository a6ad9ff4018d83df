using Bce.Runtime.Credentials;
using Bce.Runtime.Signing;

namespace Bce.Runtime;

/// <summary>
/// The plain settings of a BCE client, the part an application writes in <c>appsettings.json</c>: where it sends, how
/// it signs, retries and times out, how it names itself, and where it finds its keys. Every member is a string, a
/// number, a <see cref="TimeSpan"/>, a <see cref="Uri"/>, an enum or a settings object of the same kind, so the
/// configuration binder (its source generator too, under NativeAOT) binds a section without reflection or warnings.
/// </summary>
/// <remarks>
/// Services (logger factory, clock, transport, proxy) live on <see cref="BceClientOptions"/>: <see cref="ToOptions"/>
/// turns these settings into options, to which code or a container adds the services. Keys are never settings: only the <see cref="Profile"/> and the <see cref="CredentialSource"/> that say where
/// to read them, so nothing bound from configuration can print a secret.
/// </remarks>
public sealed class BceClientSettings
{
    /// <summary>
    /// The service endpoint, for example <c>https://bcc.gz.baidubce.com</c> or an emulator's
    /// <c>http://127.0.0.1:5080</c>. <see langword="null"/> (the default) means <c>https://</c> plus the service's
    /// endpoint template filled with <see cref="Region"/>. Plain HTTP is used only when this says <c>http://</c>.
    /// A path here (<c>https://proxy.example/bce</c>) prefixes every request path.
    /// </summary>
    public Uri? Endpoint { get; set; }

    /// <summary>The region, for example <c>bj</c> or <c>gz</c>; <see langword="null"/> for the service's default region. Ignored when <see cref="Endpoint"/> is set.</summary>
    public string? Region { get; set; }

    /// <summary>How requests are signed.</summary>
    public BceSignOptions SignOptions { get; set; } = new();

    /// <summary>How failed attempts are retried.</summary>
    public BceRetryOptions Retry { get; set; } = new();

    /// <summary>
    /// How long one attempt may take, from sending to the last byte of the response; default 100 s.
    /// <see cref="System.Threading.Timeout.InfiniteTimeSpan"/> disables it. A timed-out attempt is retried.
    /// </summary>
    public TimeSpan AttemptTimeout { get; set; } = BceClientOptions.DefaultAttemptTimeout;

    /// <summary>
    /// How long the whole call may take, retries and back-off included; <see langword="null"/> (the default) for no
    /// limit beyond the caller's <see cref="CancellationToken"/>. Must be longer than <see cref="AttemptTimeout"/>.
    /// </summary>
    public TimeSpan? Timeout { get; set; }

    /// <summary>
    /// The largest answer body read, in bytes, counted after decompression; default <see cref="BceClientOptions.DefaultMaxResponseSize"/>
    /// (16 MiB), between 1 KiB and 1 GiB. Reading stops at the limit, so a small compressed answer that inflates to
    /// gigabytes cannot exhaust memory; a larger answer fails the call with a <see cref="Errors.BceClientException"/>
    /// (not retried).
    /// </summary>
    public int MaxResponseSize { get; set; } = BceClientOptions.DefaultMaxResponseSize;

    /// <summary>How long establishing a connection may take; default 10 s. Not used when <see cref="BceClientOptions.Transport"/> is set.</summary>
    public TimeSpan ConnectTimeout { get; set; } = BceClientOptions.DefaultConnectTimeout;

    /// <summary>
    /// Identifies the application in the User-Agent, which reads
    /// <c>bce-sdk-dotnet-gen/{version} ({runtime}; {os}) {ApplicationId}</c>. At most 64 printable ASCII characters,
    /// no spaces or parentheses.
    /// </summary>
    public string? ApplicationId { get; set; }

    /// <summary>
    /// The profile a client built without credentials reads from the credential files (the BCE CLI's
    /// <c>--profile</c>); <see langword="null"/> (the default) for <c>BCE_PROFILE</c>, else the file's default. Not
    /// used when credentials are passed to the client.
    /// </summary>
    public string? Profile { get; set; }

    /// <summary>
    /// Where a client built without credentials looks for keys; default <see cref="BceCredentialSource.Chain"/>. Not
    /// used when credentials are passed to the client.
    /// </summary>
    public BceCredentialSource CredentialSource { get; set; }

    /// <summary>
    /// The credential provider <see cref="CredentialSource"/> and <see cref="Profile"/> describe, for a client given no
    /// credentials. Constructing it touches no file: a missing or broken source shows on the first
    /// <see cref="BceCredentialProvider.GetCredentialsAsync"/>.
    /// </summary>
    /// <param name="sourceOptions">
    /// The home directory, environment and clock the files are read with; <see langword="null"/> for the real ones.
    /// Its <see cref="BceCredentialSourceOptions.Profile"/> is replaced by <see cref="Profile"/> when that is set.
    /// </param>
    /// <returns>A new provider.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="CredentialSource"/> is not a defined value.</exception>
    public BceCredentialProvider CreateCredentialProvider(BceCredentialSourceOptions? sourceOptions = null)
    {
        var options = sourceOptions ?? new BceCredentialSourceOptions();
        if (Profile is not null)
        {
            options = new BceCredentialSourceOptions
            {
                Profile = Profile,
                HomeDirectory = options.HomeDirectory,
                CliConfigFilePath = options.CliConfigFilePath,
                LegacyCredentialsFilePath = options.LegacyCredentialsFilePath,
                GetEnvironmentVariable = options.GetEnvironmentVariable,
                TimeProvider = options.TimeProvider,
                FileRefreshInterval = options.FileRefreshInterval,
            };
        }

        return CredentialSource switch
        {
            BceCredentialSource.Chain => new DefaultBceCredentialProvider(options),
            BceCredentialSource.Environment => new EnvironmentCredentialProvider(options.GetEnvironmentVariable),
            BceCredentialSource.CliProfile => new BceCliProfileCredentialProvider(options),
            BceCredentialSource.CredentialsFile => new LegacyCredentialsFileProvider(options),
            _ => throw new ArgumentOutOfRangeException(nameof(CredentialSource), CredentialSource, "Not a BceCredentialSource value."),
        };
    }

    /// <summary>
    /// New client options holding these settings (with their own <see cref="BceSignOptions"/> and
    /// <see cref="BceRetryOptions"/> objects, so neither side can change the other's) and the default services; set
    /// <see cref="BceClientOptions.LoggerFactory"/>, <see cref="BceClientOptions.TimeProvider"/>,
    /// <see cref="BceClientOptions.Transport"/> or <see cref="BceClientOptions.Proxy"/> on the result.
    /// </summary>
    /// <returns>Options for one client; <see cref="Profile"/> and <see cref="CredentialSource"/> are not part of them.</returns>
    public BceClientOptions ToOptions() => new()
    {
        Endpoint = Endpoint,
        Region = Region,
        SignOptions = SignOptions?.Copy()!,
        Retry = Retry?.Copy()!,
        AttemptTimeout = AttemptTimeout,
        Timeout = Timeout,
        MaxResponseSize = MaxResponseSize,
        ConnectTimeout = ConnectTimeout,
        ApplicationId = ApplicationId,
    };
}
