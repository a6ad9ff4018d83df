using Bce.Runtime.Credentials;
using Bce.Runtime.Pipeline;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bce.Runtime.DependencyInjection;

/// <summary>
/// One <c>AddConfiguredBceClient</c> registration: its name (shared by its settings, its named <see cref="HttpClient"/>
/// and its credential source options), its service key, and how its options and credentials are put together from the
/// container.
/// </summary>
internal sealed class BceClientRegistration
{
    public BceClientRegistration(Type implementation, string? serviceKey, BceServiceDescriptor service)
    {
        var typeName = implementation.FullName ?? implementation.Name;
        Name = serviceKey is null ? typeName : $"{typeName}:{serviceKey}";
        DisplayName = serviceKey is null ? implementation.Name : $"{implementation.Name} '{serviceKey}'";
        ServiceKey = serviceKey;
        Service = service;
        CredentialsKey = new CredentialsKey(Name);
    }

    /// <summary>The name of the registration's <see cref="BceClientSettings"/>, <see cref="HttpClient"/> and <see cref="BceCredentialSourceOptions"/>.</summary>
    public string Name { get; }

    /// <summary>How errors name the registration: the client's type and, for a keyed one, its key.</summary>
    public string DisplayName { get; }

    /// <summary>The key the client is resolved with; <see langword="null"/> for the unkeyed registration.</summary>
    public string? ServiceKey { get; }

    /// <summary>The generated client's service, for validating its settings as the pipeline will.</summary>
    public BceServiceDescriptor Service { get; }

    /// <summary>The private key the registration's own credential provider is a keyed singleton under.</summary>
    public CredentialsKey CredentialsKey { get; }

    public BceClientSettings Settings(IServiceProvider services) =>
        services.GetRequiredService<IOptionsMonitor<BceClientSettings>>().Get(Name);

    /// <summary>
    /// Whether the application registered a <see cref="BceCredentialProvider"/> for this registration (keyed with its
    /// service key, or unkeyed for the unkeyed registration); otherwise the settings say where credentials come from.
    /// </summary>
    public bool HasRegisteredCredentials(IServiceProvider services)
    {
        if (ServiceKey is null)
        {
            return services.GetService<IServiceProviderIsService>()?.IsService(typeof(BceCredentialProvider)) == true;
        }

        return services.GetService<IServiceProviderIsKeyedService>()?.IsKeyedService(typeof(BceCredentialProvider), ServiceKey) == true;
    }

    /// <summary>The application's provider when it registered one, else a new one from the settings' source and profile.</summary>
    public BceCredentialProvider CreateCredentials(IServiceProvider services)
    {
        if (HasRegisteredCredentials(services))
        {
            return ServiceKey is null
                ? services.GetRequiredService<BceCredentialProvider>()
                : services.GetRequiredKeyedService<BceCredentialProvider>(ServiceKey);
        }

        return CreateCredentialsFromSettings(services, Settings(services));
    }

    /// <summary>The provider the settings describe, reading files as this registration's <see cref="BceCredentialSourceOptions"/> say.</summary>
    public BceCredentialProvider CreateCredentialsFromSettings(IServiceProvider services, BceClientSettings settings)
    {
        var sourceOptions = services.GetRequiredService<IOptionsMonitor<BceCredentialSourceOptions>>().Get(Name);
        return settings.CreateCredentialProvider(sourceOptions);
    }

    /// <summary>
    /// The options of the registration's client: its settings, the container's logger factory and clock, and a
    /// transport that sends through the registration's named <see cref="HttpClient"/> handlers.
    /// </summary>
    public BceClientOptions CreateOptions(IServiceProvider services, BceClientSettings settings)
    {
        var options = settings.ToOptions();
        options.LoggerFactory = services.GetService<ILoggerFactory>();
        if (services.GetService<TimeProvider>() is { } timeProvider)
        {
            options.TimeProvider = timeProvider;
        }

        options.Transport = new FactoryTransport(services.GetRequiredService<IHttpMessageHandlerFactory>(), Name);
        return options;
    }
}
