using Bce.Runtime;
using Bce.Runtime.Credentials;
using Bce.Runtime.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Logging;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Registers generated BCE clients (for example <c>PeerConnClient</c>) so that they send through
/// <see cref="IHttpClientFactory"/>, log to the container's <see cref="ILoggerFactory"/> and follow its
/// <see cref="TimeProvider"/>.
/// </summary>
/// <remarks>
/// The client's own pipeline already retries, times out and signs every attempt afresh (Polly inside
/// <c>BcePipeline</c>). The <see cref="IHttpClientBuilder"/> returned here therefore sits <em>below</em> the retries:
/// every <see cref="DelegatingHandler"/> added to it runs once per attempt. Do not add
/// <c>AddStandardResilienceHandler()</c> or another retry handler to it: it would retry each of the client's attempts
/// again (4 × 4 = 16 requests for one call with both sets of defaults), resend a request whose signature and <c>x-bce-date</c> were made for the
/// first try, and fight the client's own timeouts. Tune <see cref="BceClientOptions.Retry"/> and
/// <see cref="BceClientOptions.AttemptTimeout"/> instead.
/// </remarks>
public static partial class BceServiceCollectionExtensions
{
    /// <summary>
    /// Registers <typeparamref name="TClient"/> (resolved as a transient <typeparamref name="TImplementation"/>) over a
    /// named <see cref="HttpClient"/> whose name is the full name of <typeparamref name="TImplementation"/>.
    /// </summary>
    /// <typeparam name="TClient">The type callers resolve, usually the generated interface (<c>IPeerConnClient</c>).</typeparam>
    /// <typeparam name="TImplementation">The generated client (<c>PeerConnClient</c>).</typeparam>
    /// <param name="services">The service collection.</param>
    /// <param name="create">
    /// Builds the client from credentials and options, for example <c>(c, o) =&gt; new PeerConnClient(c, o)</c>; no
    /// reflection is involved.
    /// </param>
    /// <param name="configureOptions">
    /// Fills the options of each client (endpoint or region, retries, timeouts, proxy). It sees the options already
    /// holding the container's <see cref="ILoggerFactory"/> and <see cref="TimeProvider"/> (when registered) and may
    /// replace them. It runs for every client resolved and whenever the factory builds a new primary handler, so it
    /// should only read. It must not set <see cref="BceClientOptions.Transport"/>: the factory supplies it.
    /// </param>
    /// <param name="credentials">
    /// Creates the credential provider; called once, and the provider is shared by every client resolved from this
    /// registration (so an STS provider's cached session survives). <see langword="null"/> for a
    /// <see cref="DefaultBceCredentialProvider"/>, the chain of environment and CLI credential files (a singleton
    /// registered only if none is registered yet).
    /// </param>
    /// <returns>
    /// The builder of the named client, to add <see cref="DelegatingHandler"/>s (they run once per attempt, inside the
    /// client's retries) or replace the primary handler. Never add a resilience or retry handler to it.
    /// </returns>
    /// <remarks>
    /// Each resolution builds fresh options and a client whose transport is
    /// <see cref="IHttpMessageHandlerFactory.CreateHandler(string)"/>: the factory owns, pools and rotates that handler,
    /// and the client never disposes it. The primary handler is a <see cref="SocketsHttpHandler"/> configured as the
    /// client's own would be (no redirects, since a redirect could carry the signature elsewhere; no cookies;
    /// decompression; <see cref="BceClientOptions.ConnectTimeout"/> and <see cref="BceClientOptions.Proxy"/>). The
    /// factory's own request loggers are removed: the client logs each attempt itself, redacted. Handlers of your own
    /// may read the headers but must not change signed ones (the Authorization covers them). Clients are
    /// disposable transients: resolve them from a scope, or inject them into a scoped or transient service, so the
    /// container does not keep every one resolved from the root until it is disposed.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="create"/> is null.</exception>
    public static IHttpClientBuilder AddBceClient<TClient, TImplementation>(
        this IServiceCollection services,
        Func<BceCredentialProvider, BceClientOptions, TImplementation> create,
        Action<IServiceProvider, BceClientOptions>? configureOptions = null,
        Func<IServiceProvider, BceCredentialProvider>? credentials = null)
        where TClient : class
        where TImplementation : class, TClient
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(create);

        var name = typeof(TImplementation).FullName ?? typeof(TImplementation).Name;
        var credentialsKey = RegisterCredentials(services, name, credentials);

        var builder = services.AddHttpClient(name)
            // The handler the pipeline would build for itself, for the factory to pool and rotate.
            .ConfigurePrimaryHttpMessageHandler(provider => BuildOptions(provider, configureOptions).CreatePrimaryHandler())
            // The pipeline already logs every attempt, redacted; the factory's loggers sit below it and would log
            // each attempt a second time.
            .RemoveAllLoggers();

        services.AddTransient<TClient>(provider =>
        {
            var options = BuildOptions(provider, configureOptions);
            // The pipeline allows no Proxy next to a Transport; the proxy already lives on the primary handler.
            options.Proxy = null;
            options.Transport = provider.GetRequiredService<IHttpMessageHandlerFactory>().CreateHandler(name);
            var provided = provider.GetRequiredKeyedService<BceCredentialProvider>(credentialsKey);
            return create(provided, options);
        });

        return builder;
    }

    /// <summary>
    /// Registers the generated client <typeparamref name="TClient"/> itself as a transient, over a named
    /// <see cref="HttpClient"/> whose name is the full name of <typeparamref name="TClient"/>; see
    /// <see cref="AddBceClient{TClient, TImplementation}"/> for everything else.
    /// </summary>
    /// <typeparam name="TClient">The generated client (<c>PeerConnClient</c>), resolved by its own type.</typeparam>
    /// <param name="services">The service collection.</param>
    /// <param name="create">Builds the client, for example <c>(c, o) =&gt; new PeerConnClient(c, o)</c>.</param>
    /// <param name="configureOptions">Fills the options of each client; must not set <see cref="BceClientOptions.Transport"/>.</param>
    /// <param name="credentials">Creates the shared credential provider; <see langword="null"/> for <see cref="DefaultBceCredentialProvider"/>.</param>
    /// <returns>The builder of the named client, for <see cref="DelegatingHandler"/>s that run once per attempt; never a resilience handler.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="create"/> is null.</exception>
    public static IHttpClientBuilder AddBceClient<TClient>(
        this IServiceCollection services,
        Func<BceCredentialProvider, BceClientOptions, TClient> create,
        Action<IServiceProvider, BceClientOptions>? configureOptions = null,
        Func<IServiceProvider, BceCredentialProvider>? credentials = null)
        where TClient : class =>
        services.AddBceClient<TClient, TClient>(create, configureOptions, credentials);

    /// <summary>
    /// Registers this registration's credential provider as a keyed singleton under a key nobody else holds, so it is
    /// created once and shared; the default is the one <see cref="DefaultBceCredentialProvider"/> singleton.
    /// </summary>
    private static object RegisterCredentials(
        IServiceCollection services,
        string name,
        Func<IServiceProvider, BceCredentialProvider>? credentials)
    {
        var key = new CredentialsKey(name);
        if (credentials is null)
        {
            services.TryAddSingleton(static _ => new DefaultBceCredentialProvider());
            services.AddKeyedSingleton<BceCredentialProvider>(key, static (provider, _) => provider.GetRequiredService<DefaultBceCredentialProvider>());
        }
        else
        {
            services.AddKeyedSingleton(key, (provider, _) =>
                credentials(provider) ?? throw new InvalidOperationException($"The credentials callback of the BCE client '{name}' returned null."));
        }

        return key;
    }

    /// <summary>Fresh options: the container's logger factory and clock, then the caller's settings.</summary>
    private static BceClientOptions BuildOptions(IServiceProvider provider, Action<IServiceProvider, BceClientOptions>? configureOptions)
    {
        var options = new BceClientOptions { LoggerFactory = provider.GetService<ILoggerFactory>() };
        if (provider.GetService<TimeProvider>() is { } timeProvider)
        {
            options.TimeProvider = timeProvider;
        }

        configureOptions?.Invoke(provider, options);
        if (options.Transport is not null)
        {
            throw new InvalidOperationException(
                "BceClientOptions.Transport cannot be set for a client registered with AddBceClient: the IHttpClientFactory supplies it. " +
                "Use ConfigurePrimaryHttpMessageHandler or AddHttpMessageHandler on the returned IHttpClientBuilder instead.");
        }

        return options;
    }
}
