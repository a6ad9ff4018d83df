using Bce.Runtime;
using Bce.Runtime.Credentials;
using Bce.Runtime.DependencyInjection;
using Bce.Runtime.Pipeline;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

public static partial class BceServiceCollectionExtensions
{
    /// <summary>
    /// Registers a generated client as a singleton for <typeparamref name="TClient"/> and
    /// <typeparamref name="TImplementation"/>, configured from <see cref="BceClientSettings"/> (a configuration section
    /// and/or a callback), sending through <see cref="IHttpClientFactory"/>. The generated
    /// <c>Add{Service}Client</c> extensions (for example <c>AddPeerConnClient</c>) call this; applications rarely need to.
    /// </summary>
    /// <typeparam name="TClient">The generated interface (<c>IPeerConnClient</c>).</typeparam>
    /// <typeparam name="TImplementation">The generated client (<c>PeerConnClient</c>).</typeparam>
    /// <param name="services">The service collection.</param>
    /// <param name="serviceKey">
    /// <see langword="null"/> for the unkeyed client; otherwise the key it is resolved with
    /// (<c>[FromKeyedServices("accountB")]</c>), so one application can hold clients for several accounts or regions.
    /// Each key has its own settings, named <see cref="HttpClient"/> and credential provider.
    /// </param>
    /// <param name="service">The generated client's <c>ServiceDescriptor</c>, to validate the settings at startup.</param>
    /// <param name="create">Builds the client from credentials and options, for example <c>static (c, o) =&gt; new PeerConnClient(c, o)</c>.</param>
    /// <param name="configuration">A section holding <see cref="BceClientSettings"/> (<c>Region</c>, <c>Endpoint</c>, <c>Retry:MaxRetries</c>, …), or <see langword="null"/>.</param>
    /// <param name="configure">Adjusts the settings after the section is bound, or <see langword="null"/>.</param>
    /// <returns>
    /// The builder of the registration's named client, to add <see cref="DelegatingHandler"/>s (they run once per
    /// attempt, inside the client's retries). Never add a resilience or retry handler to it.
    /// </returns>
    /// <remarks>
    /// <para>
    /// Credentials: a <see cref="BceCredentialProvider"/> the application registered (keyed with
    /// <paramref name="serviceKey"/>, or unkeyed for the unkeyed client) is used as it is; otherwise the settings'
    /// <see cref="BceClientSettings.CredentialSource"/> and <see cref="BceClientSettings.Profile"/> (default: the chain
    /// of <see cref="DefaultBceCredentialProvider"/>), reading files as the <see cref="BceCredentialSourceOptions"/>
    /// named after the registration say (<c>services.ConfigureAll&lt;BceCredentialSourceOptions&gt;(…)</c> to move the
    /// home directory).
    /// </para>
    /// <para>
    /// The settings are validated with <c>ValidateOnStart</c>, every registration together: a host's <c>StartAsync</c>
    /// fails with one <see cref="OptionsValidationException"/> naming each client and what was wrong, including every credential
    /// source the chain tried when none holds keys (never a value). The client is built once, from the settings of that
    /// moment, with the container's <c>ILoggerFactory</c> and <see cref="TimeProvider"/>; it is thread-safe, and its
    /// transport asks the factory for the current handler on every request, so handlers still rotate.
    /// </para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="services"/>, <paramref name="service"/> or <paramref name="create"/> is null.</exception>
    public static IHttpClientBuilder AddConfiguredBceClient<TClient, TImplementation>(
        this IServiceCollection services,
        string? serviceKey,
        BceServiceDescriptor service,
        Func<BceCredentialProvider, BceClientOptions, TImplementation> create,
        IConfiguration? configuration = null,
        Action<BceClientSettings>? configure = null)
        where TClient : class
        where TImplementation : class, TClient
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(create);

        var registration = new BceClientRegistration(typeof(TImplementation), serviceKey, service);
        var settings = services.AddOptions<BceClientSettings>(registration.Name);
        if (configuration is not null)
        {
            // Source-generated binding (EnableConfigurationBindingGenerator in this project): no reflection, so an
            // application publishing with NativeAOT gets no trim warning from it.
            settings.Bind(configuration);
        }

        if (configure is not null)
        {
            settings.Configure(configure);
        }

        services.AddSingleton<IValidateOptions<BceClientSettings>>(provider => new BceClientSettingsValidator(registration, provider));
        // Validated on start together with every other registration: one error that lists them all.
        services.AddSingleton(registration);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BceClientsStartupCheck>, BceClientsStartupValidator>());
        services.AddOptions<BceClientsStartupCheck>().ValidateOnStart();

        services.AddKeyedSingleton<BceCredentialProvider>(registration.CredentialsKey, (provider, _) => registration.CreateCredentials(provider));
        services.AddKeyedSingleton<TImplementation>(serviceKey, (provider, _) =>
        {
            var options = registration.CreateOptions(provider, registration.Settings(provider));
            var credentials = provider.GetRequiredKeyedService<BceCredentialProvider>(registration.CredentialsKey);
            return create(credentials, options);
        });
        if (typeof(TClient) != typeof(TImplementation))
        {
            services.AddKeyedSingleton<TClient>(serviceKey, static (provider, key) => provider.GetRequiredKeyedService<TImplementation>(key));
        }

        return services.AddHttpClient(registration.Name)
            // The handler the pipeline would build for itself (no redirects, no cookies, the settings' connect
            // timeout), for the factory to pool and rotate.
            .ConfigurePrimaryHttpMessageHandler(provider => registration.Settings(provider).ToOptions().CreatePrimaryHandler())
            // The pipeline already logs every attempt, redacted; the factory's loggers sit below it and would log
            // each attempt a second time.
            .RemoveAllLoggers();
    }
}
