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

    /// <summary>Every request a test made must carry a signature over exactly the bytes the server received.</summary>
    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Server.DisposeAsync();
        foreach (var request in Server.Requests.Where(r => r.Headers.ContainsKey("authorization")))
        {
            WireSignature.AssertValid(request, WireClient.Credentials);
        }
    }
}
