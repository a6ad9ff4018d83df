using Bce.Runtime;
using Bce.Runtime.Credentials;
using Bce.Vpc.PeerConnections;

using Bce.Testing;

namespace PeerConn.Client.Tests.Wire;

/// <summary>A generated client pointed at a loopback server, with retries fast enough for tests.</summary>
public static class WireClient
{
    public static readonly BceCredentials Credentials = new("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb");

    public static PeerConnClient Create(LoopbackServer server, TimeProvider? timeProvider = null) =>
        new(Credentials, new BceClientOptions
        {
            Endpoint = server.BaseUri,
            TimeProvider = timeProvider ?? TimeProvider.System,
            Retry = { Delay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(5) },
        });
}
