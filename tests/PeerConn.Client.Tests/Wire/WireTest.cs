using Bce.Vpc.PeerConnections;

using Bce.Testing;

namespace PeerConn.Client.Tests.Wire;

/// <summary>A loopback server and a generated client pointed at it, fresh for every test.</summary>
public abstract class WireTest : IAsyncLifetime
{
    protected LoopbackServer Server { get; private set; } = null!;

    protected PeerConnClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        // Unscripted requests get 200 with no body, as most writes answer.
        Server = (await LoopbackServer.StartAsync()).Otherwise(new ScriptedAnswer(200));
        Client = WireClient.Create(Server);
    }

    /// <summary>Every request a test made must carry a signature over exactly the bytes the server received.</summary>
    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Server.DisposeAsync();
        foreach (var request in Server.Requests.Where(r => r.Headers.ContainsKey("authorization")))
        {
            Assert.Null(ReceivedSignature.Mismatch(request, WireClient.Credentials.AccessKeyId, WireClient.Credentials.SecretAccessKey));
        }
    }
}
