using Bce.Emulator;
using Bce.Runtime;
using Bce.Runtime.Credentials;
using Bce.Vpc.PeerConnections;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using PeerConn.Client.Tests.EndToEnd.Infrastructure;

namespace PeerConn.Client.Tests.DependencyInjection;

/// <summary>
/// The generated <c>AddPeerConnClient</c> in a real host against the emulator: settings bound from configuration with
/// no factory lambda, keyed clients for two accounts and two regions side by side (each with its own settings,
/// HttpClient and credentials), credentials through the chain in a temporary home, and a host that refuses to start,
/// naming what the chain tried, when no credentials resolve.
/// </summary>
public sealed class AddPeerConnClientTests : IAsyncLifetime, IDisposable
{
    private readonly TemporaryHome _home = new();
    private BceEmulator _emulator = null!;

    public async Task InitializeAsync() => _emulator = await BceEmulator.StartAsync();

    public async Task DisposeAsync() => await _emulator.DisposeAsync();

    public void Dispose() => _home.Dispose();

    [Fact]
    public async Task Two_keyed_clients_bound_from_configuration_sign_as_their_own_profile_accounts()
    {
        _home.WriteProfiles("a", ("a", EmulatorDefaults.Primary), ("b", EmulatorDefaults.Secondary));
        var builder = HostBuilder(new()
        {
            ["Bce:A:Endpoint"] = _emulator.Endpoint.ToString(),
            ["Bce:A:Profile"] = "a",
            ["Bce:B:Endpoint"] = _emulator.Endpoint.ToString(),
            ["Bce:B:Profile"] = "b",
        });
        builder.Services.AddPeerConnClient("accountA", builder.Configuration.GetSection("Bce:A"));
        builder.Services.AddPeerConnClient("accountB", builder.Configuration.GetSection("Bce:B"));
        using var host = builder.Build();
        await host.StartAsync();

        var a = host.Services.GetRequiredKeyedService<IPeerConnClient>("accountA");
        var b = host.Services.GetRequiredKeyedService<IPeerConnClient>("accountB");
        var createdByA = await a.CreatePeerConnAsync(PeerConnRequests.SameAccount());
        var createdByB = await b.CreatePeerConnAsync(PeerConnRequests.SameAccount());

        Assert.NotSame(a, b);
        Assert.Equal(EmulatorDefaults.Primary.AccountId, Connection(createdByA.Value.PeerConnId!).InitiatorAccountId);
        Assert.Equal(EmulatorDefaults.Secondary.AccountId, Connection(createdByB.Value.PeerConnId!).InitiatorAccountId);
        await host.StopAsync();
    }

    [Fact]
    public async Task Keyed_clients_for_two_regions_send_through_their_own_named_HttpClient_only()
    {
        await using var gz = await BceEmulator.StartAsync(new EmulatorOptions { Region = "gz" });
        _home.Environment["BCE_ACCESS_KEY_ID"] = EmulatorDefaults.Primary.AccessKeyId;
        _home.Environment["BCE_SECRET_ACCESS_KEY"] = EmulatorDefaults.Primary.SecretAccessKey;
        var builder = HostBuilder(new()
        {
            ["Bce:Bj:Endpoint"] = _emulator.Endpoint.ToString(),
            ["Bce:Gz:Endpoint"] = gz.Endpoint.ToString(),
            ["Bce:Gz:Region"] = "gz",
        });
        builder.Services.AddSingleton<RequestLog>();
        builder.Services.AddKeyedSingleton<RequestLog>("gz");
        builder.Services.AddPeerConnClient("bj", builder.Configuration.GetSection("Bce:Bj"))
            .AddHttpMessageHandler(sp => new RecordingHandler(sp.GetRequiredService<RequestLog>()));
        builder.Services.AddPeerConnClient("gz", builder.Configuration.GetSection("Bce:Gz"))
            .AddHttpMessageHandler(sp => new RecordingHandler(sp.GetRequiredKeyedService<RequestLog>("gz")));
        using var host = builder.Build();
        await host.StartAsync();

        var inBj = await host.Services.GetRequiredKeyedService<IPeerConnClient>("bj").CreatePeerConnAsync(PeerConnRequests.SameAccount());
        var gzRequest = PeerConnRequests.SameAccount();
        gzRequest.PeerRegion = "gz";
        var inGz = await host.Services.GetRequiredKeyedService<PeerConnClient>("gz").CreatePeerConnAsync(gzRequest);

        Assert.Equal("bj", Assert.Single(_emulator.State.Connections).LocalRegion);
        Assert.Equal("gz", Assert.Single(gz.State.Connections).LocalRegion);
        Assert.Contains(inBj.ClientToken!, Assert.Single(host.Services.GetRequiredService<RequestLog>().Requests).PathAndQuery, StringComparison.Ordinal);
        Assert.Contains(inGz.ClientToken!, Assert.Single(host.Services.GetRequiredKeyedService<RequestLog>("gz").Requests).PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unkeyed_client_is_one_singleton_for_interface_and_class_and_reads_the_chain_default_profile()
    {
        _home.WriteProfiles("default", ("default", EmulatorDefaults.Primary));
        var builder = HostBuilder(new() { ["Bce:PeerConn:Endpoint"] = _emulator.Endpoint.ToString() });
        builder.Services.AddPeerConnClient(builder.Configuration.GetSection("Bce:PeerConn"));
        using var host = builder.Build();
        await host.StartAsync();

        var byInterface = host.Services.GetRequiredService<IPeerConnClient>();
        await using (var scope = host.Services.CreateAsyncScope())
        {
            Assert.Same(byInterface, scope.ServiceProvider.GetRequiredService<PeerConnClient>());
        }

        var created = await byInterface.CreatePeerConnAsync(PeerConnRequests.SameAccount());
        Assert.Equal(EmulatorDefaults.Primary.AccountId, Connection(created.Value.PeerConnId!).InitiatorAccountId);
    }

    [Fact]
    public async Task A_registered_keyed_credential_provider_is_used_instead_of_the_chain()
    {
        // The temporary home holds nothing: the chain would fail, so a working call proves the provider was used.
        var builder = HostBuilder([]);
        builder.Services.AddKeyedSingleton<BceCredentialProvider>("peer", new StaticCredentialProvider(EmulatorHarness.SecondaryCredentials));
        builder.Services.AddPeerConnClient("peer", settings => settings.Endpoint = _emulator.Endpoint);
        using var host = builder.Build();
        await host.StartAsync();

        var created = await host.Services.GetRequiredKeyedService<IPeerConnClient>("peer").CreatePeerConnAsync(PeerConnRequests.SameAccount());

        Assert.Equal(EmulatorDefaults.Secondary.AccountId, Connection(created.Value.PeerConnId!).InitiatorAccountId);
    }

    [Fact]
    public async Task Host_start_fails_with_one_error_naming_every_source_the_chain_tried_and_no_key()
    {
        // A profile of another name exists: its key must not leak into the message that says "prod" is missing.
        _home.WriteProfiles("default", ("default", EmulatorDefaults.Primary));
        var builder = HostBuilder(new() { ["Bce:PeerConn:Profile"] = "prod" });
        builder.Services.AddPeerConnClient("prod", builder.Configuration.GetSection("Bce:PeerConn"));
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("PeerConnClient 'prod'", error.Message, StringComparison.Ordinal);
        Assert.Contains("BCE_ACCESS_KEY_ID", error.Message, StringComparison.Ordinal);
        Assert.Contains(_home.CliConfigPath, error.Message, StringComparison.Ordinal);
        Assert.Contains("'prod'", error.Message, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(_home.Directory, ".bce", "credentials"), error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(EmulatorDefaults.Primary.SecretAccessKey, error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(EmulatorDefaults.Primary.AccessKeyId, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Host_start_with_two_clients_lacking_credentials_fails_with_one_error_listing_both()
    {
        var builder = HostBuilder([]);
        builder.Services.AddPeerConnClient("accountA", settings => settings.Profile = "a");
        builder.Services.AddPeerConnClient("accountB", settings => settings.Profile = "b");
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Equal(2, error.Failures.Count());
        Assert.Contains("PeerConnClient 'accountA' has no credentials", error.Message, StringComparison.Ordinal);
        Assert.Contains("PeerConnClient 'accountB' has no credentials", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Host_start_fails_on_settings_the_client_would_refuse_naming_the_setting()
    {
        _home.WriteProfiles("default", ("default", EmulatorDefaults.Primary));
        var builder = HostBuilder(new() { ["Bce:PeerConn:Region"] = "Bei Jing", ["Bce:PeerConn:MaxResponseSize"] = "10" });
        builder.Services.AddPeerConnClient(builder.Configuration.GetSection("Bce:PeerConn"));
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("PeerConnClient has invalid settings", error.Message, StringComparison.Ordinal);
        Assert.Contains("MaxResponseSize", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Settings_are_bound_from_nested_configuration_and_reach_the_client()
    {
        _home.WriteProfiles("default", ("default", EmulatorDefaults.Primary));
        _emulator.Faults.Add(new FaultRule(FaultKind.Status503) { Operation = OperationNames.CreatePeerConn, Times = 10 });
        var builder = HostBuilder(new()
        {
            ["Bce:PeerConn:Endpoint"] = _emulator.Endpoint.ToString(),
            ["Bce:PeerConn:Retry:MaxRetries"] = "1",
            ["Bce:PeerConn:Retry:Delay"] = "00:00:00.001",
            ["Bce:PeerConn:Retry:MaxDelay"] = "00:00:00.002",
            ["Bce:PeerConn:ApplicationId"] = "hosted-test",
        });
        builder.Services.AddPeerConnClient(builder.Configuration.GetSection("Bce:PeerConn"));
        using var host = builder.Build();
        await host.StartAsync();

        var error = await Assert.ThrowsAsync<Bce.Runtime.Errors.BceServiceException>(() =>
            host.Services.GetRequiredService<IPeerConnClient>().CreatePeerConnAsync(PeerConnRequests.SameAccount()));

        // One retry, as configured (the default is three).
        Assert.Equal(2, error.Attempts);
        var settings = host.Services.GetRequiredService<IOptionsMonitor<BceClientSettings>>().Get(typeof(PeerConnClient).FullName);
        Assert.Equal("hosted-test", settings.ApplicationId);
        Assert.Equal(TimeSpan.FromMilliseconds(1), settings.Retry.Delay);
    }

    private PeerConnSnapshot Connection(string id) => _emulator.State.Connections.Single(c => c.PeerConnId == id);

    /// <summary>An empty host whose configuration is the given keys and whose credential chain reads the temporary home.</summary>
    private HostApplicationBuilder HostBuilder(Dictionary<string, string?> configuration)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(configuration);
        _home.Use(builder.Services);
        return builder;
    }
}
