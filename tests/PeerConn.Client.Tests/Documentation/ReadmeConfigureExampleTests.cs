using System.Text;
using Bce.Emulator;
using Bce.Vpc.PeerConnections;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PeerConn.Client.Tests.DependencyInjection;
using PeerConn.Client.Tests.EndToEnd.Infrastructure;

namespace PeerConn.Client.Tests.Documentation;

/// <summary>
/// The README's "Dependency injection and appsettings.json" example as written there: its JSON and its three
/// registrations in a host, with the two profiles it names in a temporary home and the emulator as the endpoint.
/// </summary>
public sealed class ReadmeConfigureExampleTests
{
    // --- README: the appsettings.json of "Dependency injection and appsettings.json" ---
    private const string AppSettings = """
        {
          "Bce": {
            "PeerConn": { "Region": "bj", "Profile": "prod", "Retry": { "MaxRetries": 5 }, "ApplicationId": "my-app" },
            "Backup":   { "Region": "gz", "Profile": "backup", "AttemptTimeout": "00:00:30" }
          }
        }
        """;

    [Fact]
    public async Task Readme_configure_example_resolves_the_unkeyed_and_the_keyed_client_with_their_profiles()
    {
        await using var emulator = await BceEmulator.StartAsync();
        using var home = new TemporaryHome();
        home.WriteProfiles("prod", ("prod", EmulatorDefaults.Primary), ("backup", EmulatorDefaults.Secondary));
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(AppSettings)));
        // Only for the test: every client talks to the emulator, and the chain reads the temporary home.
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Bce:PeerConn:Endpoint"] = emulator.Endpoint.ToString(),
            ["Bce:Backup:Endpoint"] = emulator.Endpoint.ToString(),
        });
        home.Use(builder.Services);

        // --- README: the registrations ---
        builder.Services.AddPeerConnClient(builder.Configuration.GetSection("Bce:PeerConn"));             // IPeerConnClient
        builder.Services.AddPeerConnClient("backup", builder.Configuration.GetSection("Bce:Backup"));     // keyed
        builder.Services.AddPeerConnClient("test", settings => settings.Endpoint = new Uri("http://127.0.0.1:8080"));
        // --- end of the README example ---
        builder.Services.AddSingleton<Replicator>();
        using var host = builder.Build();
        await host.StartAsync();

        var replicator = host.Services.GetRequiredService<Replicator>();
        var main = await replicator.Main.CreatePeerConnAsync(PeerConnRequests.SameAccount());
        var backup = await replicator.Backup.CreatePeerConnAsync(PeerConnRequests.SameAccount());

        Assert.Equal(EmulatorDefaults.Primary.AccountId, emulator.State.Connections.Single(c => c.PeerConnId == main.Value.PeerConnId).InitiatorAccountId);
        Assert.Equal(EmulatorDefaults.Secondary.AccountId, emulator.State.Connections.Single(c => c.PeerConnId == backup.Value.PeerConnId).InitiatorAccountId);
        Assert.NotSame(replicator.Main, host.Services.GetRequiredKeyedService<IPeerConnClient>("test"));
        await host.StopAsync();
    }

    /// <summary>The README's <c>Replicator</c>, with its two clients kept for the assertions.</summary>
    private sealed class Replicator(IPeerConnClient main, [FromKeyedServices("backup")] IPeerConnClient backup)
    {
        public IPeerConnClient Main { get; } = main;

        public IPeerConnClient Backup { get; } = backup;
    }
}
