using Bce.Vpc.PeerConnections;

namespace PeerConn.Client.Tests.Wire;

/// <summary>A recording server and a generated client pointed at it, fresh for every test.</summary>
public abstract class WireTest : IAsyncLifetime
{
    protected RecordingServer Server { get; private set; } = null!;

    protected PeerConnClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Server = await RecordingServer.StartAsync();
        Client = WireClient.Create(Server);
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Server.DisposeAsync();
    }
}
