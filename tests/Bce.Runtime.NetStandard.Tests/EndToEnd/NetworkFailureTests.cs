using System.Net;
using System.Net.Sockets;
using Bce.Runtime.Credentials;
using Bce.Runtime.Errors;
using Bce.Vpc.PeerConnections;

namespace Bce.Runtime.NetStandard.Tests.EndToEnd;

/// <summary>
/// netstandard2.0 has no <c>HttpRequestException.HttpRequestError</c>; Compatibility/HttpPolyfills reads it from the
/// wrapped cause, so a refused connection is still known never to have reached the service: retried, and a write
/// that only ever met refusals is not "outcome unknown".
/// </summary>
public sealed class NetworkFailureTests
{
    [Fact]
    public async Task A_refused_connection_is_retried_and_the_write_is_known_not_applied()
    {
        using var client = new PeerConnClient(
            new BceCredentials("a0000000000000000000000000000001", "b0000000000000000000000000000001"),
            new BceClientOptions { Endpoint = new Uri($"http://127.0.0.1:{ClosedPort()}"), Retry = { MaxRetries = 2, Delay = TimeSpan.FromMilliseconds(1) } });

        var error = await Assert.ThrowsAsync<BceClientException>(() => client.CreatePeerConnAsync(new CreatePeerConnRequest
        {
            LocalVpcId = "vpc-a", PeerVpcId = "vpc-b", PeerRegion = "bj", BandwidthInMbps = 10,
            Billing = new Billing { PaymentTiming = PaymentTiming.Postpaid },
        }));

        Assert.Equal(3, error.Attempts);
        Assert.False(error.IsOutcomeUnknown, error.ToString());
        Assert.IsType<HttpRequestException>(error.InnerException);
    }

    /// <summary>A loopback port nothing listens on: bound, read, released.</summary>
    private static int ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
