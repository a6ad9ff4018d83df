using Bce.Emulator;
using Bce.Runtime;
using Bce.Runtime.Credentials;
using Bce.Runtime.Logging;
using Bce.Testing;
using Bce.Vpc.PeerConnections;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using PeerConn.Client.Tests.EndToEnd.Infrastructure;

namespace PeerConn.Client.Tests.DependencyInjection;

/// <summary>
/// <c>AddBceClient</c> in a real container against the emulator in-process: the client resolved from DI sends through
/// <c>IHttpClientFactory</c>, handlers added to the returned builder see each attempt, logs go to the container's
/// logger factory, the credential provider is shared, and the factory's handler outlives every client.
/// </summary>
public sealed class AddBceClientTests : IAsyncLifetime
{
    private const string PipelineCategory = BceLogEvents.PipelineCategoryPrefix + "PeerConn";

    private EmulatorHarness _h = null!;

    public async Task InitializeAsync() => _h = await EmulatorHarness.StartAsync();

    public async Task DisposeAsync() => await _h.DisposeAsync();

    [Fact]
    public async Task Client_resolved_from_the_container_creates_and_reads_a_connection()
    {
        await using var provider = Services().BuildServiceProvider(validateScopes: true);
        await using var scope = provider.CreateAsyncScope();
        var client = scope.ServiceProvider.GetRequiredService<IPeerConnClient>();

        var created = await client.CreatePeerConnAsync(PeerConnRequests.SameAccount());
        var detail = await client.GetPeerConnDetailAsync(new GetPeerConnDetailRequest { PeerConnId = created.Value.PeerConnId! });

        Assert.IsType<PeerConnClient>(client);
        Assert.Equal(created.Value.PeerConnId, detail.Value.PeerConnId);
        Assert.Equal(PeerConnStatus.Active, detail.Value.Status);
    }

    [Fact]
    public async Task Handler_added_to_the_returned_builder_sees_every_attempt_signed()
    {
        var services = Services(configureHttpClient: builder =>
            builder.AddHttpMessageHandler(sp => new RecordingHandler(sp.GetRequiredService<RequestLog>())));
        services.AddSingleton<RequestLog>();
        _h.Emulator.Faults.Add(new FaultRule(FaultKind.Status503) { Operation = OperationNames.CreatePeerConn, Times = 1 });
        await using var provider = services.BuildServiceProvider(validateScopes: true);

        var response = await provider.GetRequiredService<IPeerConnClient>().CreatePeerConnAsync(PeerConnRequests.SameAccount());

        Assert.Equal(2, response.Attempts);
        var seen = provider.GetRequiredService<RequestLog>().Requests;
        Assert.Equal(2, seen.Count);
        Assert.All(seen, request => Assert.True(request.Signed));
        // Two separate attempts: each has its own request id, both carry the call's one clientToken.
        Assert.NotEqual(seen[0].RequestId, seen[1].RequestId);
        Assert.All(seen, request => Assert.Contains("clientToken=" + response.ClientToken, request.PathAndQuery, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Logger_factory_from_the_container_receives_the_client_events_and_tracing_keeps_the_signature_valid()
    {
        var capture = new CapturingLoggerProvider();
        var services = Services();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(capture));
        await using var provider = services.BuildServiceProvider(validateScopes: true);

        await provider.GetRequiredService<IPeerConnClient>().CreatePeerConnAsync(PeerConnRequests.SameAccount());

        var attempt = Assert.Single(capture.Logs, r => r.Category == PipelineCategory && r.EventId.Id == BceLogEvents.AttemptCompleted);
        Assert.Contains("CreatePeerConn", attempt.Message, StringComparison.Ordinal);
        // The factory's request loggers are removed: at Trace they enumerate the signed headers, re-format the
        // Content-Type and the service rejects the signature (the call above would have failed with 400).
        Assert.DoesNotContain(capture.Logs, r => r.Category.StartsWith("System.Net.Http.HttpClient.", StringComparison.Ordinal));
        Assert.DoesNotContain(capture.Logs, r => r.Message.Contains("bce-auth-v1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Credential_provider_is_created_once_and_shared_by_every_client()
    {
        var factoryCalls = 0;
        var seen = new List<BceCredentialProvider>();
        var services = new ServiceCollection();
        services.AddBceClient<IPeerConnClient, PeerConnClient>(
            (credentials, options) =>
            {
                lock (seen)
                {
                    seen.Add(credentials);
                }

                return new PeerConnClient(credentials, options);
            },
            ConfigureForEmulator,
            _ =>
            {
                Interlocked.Increment(ref factoryCalls);
                return new StaticCredentialProvider(EmulatorHarness.PrimaryCredentials);
            });
        await using var provider = services.BuildServiceProvider(validateScopes: true);

        var first = provider.GetRequiredService<IPeerConnClient>();
        var second = provider.GetRequiredService<IPeerConnClient>();
        await first.CreatePeerConnAsync(PeerConnRequests.SameAccount());
        await second.CreatePeerConnAsync(PeerConnRequests.SameAccount());

        Assert.Equal(1, factoryCalls);
        Assert.Equal(2, seen.Count);
        Assert.Same(seen[0], seen[1]);
    }

    [Fact]
    public async Task Without_credentials_the_one_default_chain_singleton_is_used()
    {
        var seen = new List<BceCredentialProvider>();
        var services = new ServiceCollection();
        services.AddBceClient<PeerConnClient>((credentials, options) =>
        {
            seen.Add(credentials);
            return new PeerConnClient(credentials, options);
        });
        await using var provider = services.BuildServiceProvider(validateScopes: true);

        provider.GetRequiredService<PeerConnClient>();
        provider.GetRequiredService<PeerConnClient>();

        Assert.Equal(2, seen.Count);
        Assert.IsType<DefaultBceCredentialProvider>(seen[0]);
        Assert.Same(provider.GetRequiredService<DefaultBceCredentialProvider>(), seen[0]);
        Assert.Same(seen[0], seen[1]);
    }

    [Fact]
    public async Task Each_resolution_is_a_new_client_and_disposing_clients_leaves_the_factory_handler_working()
    {
        var provider = Services().BuildServiceProvider(validateScopes: true);

        var first = provider.GetRequiredService<IPeerConnClient>();
        var second = provider.GetRequiredService<IPeerConnClient>();
        Assert.NotSame(first, second);
        await first.CreatePeerConnAsync(PeerConnRequests.SameAccount());

        // The factory owns the handler: a disposed client must not have taken it down for the next one.
        ((IDisposable)first).Dispose();
        await second.CreatePeerConnAsync(PeerConnRequests.SameAccount());
        await provider.GetRequiredService<IPeerConnClient>().CreatePeerConnAsync(PeerConnRequests.SameAccount());

        var dispose = await Record.ExceptionAsync(async () => await provider.DisposeAsync());
        Assert.Null(dispose);
    }

    [Fact]
    public async Task Options_callback_sees_the_service_provider_and_the_container_clock_and_logger_factory()
    {
        var marker = new object();
        object? markerSeen = null;
        TimeProvider? clockSeen = null;
        ILoggerFactory? loggerFactorySeen = null;
        var services = new ServiceCollection();
        services.AddKeyedSingleton("marker", marker);
        // A clock of its own, so seeing it proves it came from the container (the emulator runs on the system clock).
        var containerClock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        services.AddSingleton<TimeProvider>(containerClock);
        services.AddLogging();
        services.AddBceClient<IPeerConnClient, PeerConnClient>(
            (credentials, options) => new PeerConnClient(credentials, options),
            (sp, options) =>
            {
                markerSeen = sp.GetRequiredKeyedService<object>("marker");
                clockSeen = options.TimeProvider;
                loggerFactorySeen = options.LoggerFactory;
                ConfigureForEmulator(sp, options);
            },
            _ => new StaticCredentialProvider(EmulatorHarness.PrimaryCredentials));
        await using var provider = services.BuildServiceProvider(validateScopes: true);

        await provider.GetRequiredService<IPeerConnClient>().CreatePeerConnAsync(PeerConnRequests.SameAccount());

        Assert.Same(marker, markerSeen);
        Assert.Same(containerClock, clockSeen);
        Assert.Same(provider.GetRequiredService<ILoggerFactory>(), loggerFactorySeen);
    }

    [Fact]
    public async Task Setting_the_transport_in_the_options_callback_is_refused_with_the_way_to_do_it()
    {
        using var handler = new HttpClientHandler();
        var services = new ServiceCollection();
        services.AddBceClient<IPeerConnClient, PeerConnClient>(
            (credentials, options) => new PeerConnClient(credentials, options),
            (_, options) => options.Transport = handler,
            _ => new StaticCredentialProvider(EmulatorHarness.PrimaryCredentials));
        await using var provider = services.BuildServiceProvider(validateScopes: true);

        var error = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<IPeerConnClient>());

        Assert.Contains("ConfigurePrimaryHttpMessageHandler", error.Message, StringComparison.Ordinal);
    }

    /// <summary>A container with IPeerConnClient registered for the emulator, signed as the primary account.</summary>
    private ServiceCollection Services(Action<IHttpClientBuilder>? configureHttpClient = null)
    {
        var services = new ServiceCollection();
        var builder = services.AddBceClient<IPeerConnClient, PeerConnClient>(
            (credentials, options) => new PeerConnClient(credentials, options),
            ConfigureForEmulator,
            _ => new StaticCredentialProvider(EmulatorHarness.PrimaryCredentials));
        configureHttpClient?.Invoke(builder);
        return services;
    }

    /// <summary>The harness's settings for its emulator (address, region, clock, fast retries), copied into <paramref name="options"/>.</summary>
    private void ConfigureForEmulator(IServiceProvider services, BceClientOptions options)
    {
        var emulator = _h.ClientOptions();
        options.Endpoint = emulator.Endpoint;
        options.Region = emulator.Region;
        options.TimeProvider = emulator.TimeProvider;
        options.AttemptTimeout = emulator.AttemptTimeout;
        options.Retry = emulator.Retry;
    }
}
