using Bce.Runtime.Errors;
using Bce.Vpc.PeerConnections;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace PeerConn.HostedSample;

/// <summary>
/// The application's work, with the two clients injected by key: the initiator asks for a cross-account connection,
/// the peer account accepts it, both sides read it, and the initiator deletes it. Then the application stops, exiting
/// 0 when every step worked.
/// </summary>
public sealed class CrossAccountPeering(
    [FromKeyedServices(Program.Initiator)] IPeerConnClient initiator,
    [FromKeyedServices(Program.Peer)] IPeerConnClient peer,
    IOptions<SampleSettings> settings,
    IHostApplicationLifetime lifetime) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var sample = settings.Value;
        string? id = null;
        try
        {
            var created = await initiator.CreatePeerConnAsync(
                new CreatePeerConnRequest
                {
                    LocalVpcId = sample.LocalVpcId,
                    PeerVpcId = sample.PeerVpcId,
                    PeerAccountId = sample.PeerAccountId,
                    PeerRegion = sample.PeerRegion,
                    BandwidthInMbps = 10,
                    Billing = new Billing { PaymentTiming = PaymentTiming.Postpaid },
                },
                stoppingToken);
            id = created.Value.PeerConnId!;
            Console.WriteLine($"initiator created   {id} (request {created.RequestId})");

            var accepted = await peer.AcceptPeerConnApplyAsync(id, stoppingToken);
            Console.WriteLine($"peer accepted       {id} (request {accepted.RequestId})");

            var asInitiator = await initiator.GetPeerConnDetailAsync(id, PeerConnRole.Initiator, stoppingToken);
            var asPeer = await peer.GetPeerConnDetailAsync(id, PeerConnRole.Acceptor, stoppingToken);
            Console.WriteLine($"initiator sees      {asInitiator.Value.Status}, local {asInitiator.Value.LocalVpcId}, peer {asInitiator.Value.PeerVpcId}");
            Console.WriteLine($"peer sees           {asPeer.Value.Status}, local {asPeer.Value.LocalVpcId}, peer {asPeer.Value.PeerVpcId}");

            await initiator.DeletePeerConnAsync(id, stoppingToken);
            id = null;
            Console.WriteLine("initiator deleted   the connection");
            Console.WriteLine("Hosted sample complete: two keyed clients from appsettings.json, no factory lambda.");
        }
        catch (BceException error)
        {
            Console.WriteLine($"FAILED: {error.Message}");
            Environment.ExitCode = 1;
            if (id is not null)
            {
                await TryDeleteAsync(id);
            }
        }
        finally
        {
            lifetime.StopApplication();
        }
    }

    /// <summary>Leaves nothing behind on a real account when a step after the create failed.</summary>
    private async Task TryDeleteAsync(string id)
    {
        try
        {
            await initiator.DeletePeerConnAsync(id, CancellationToken.None);
            Console.WriteLine($"cleaned up          {id}");
        }
        catch (BceException error)
        {
            Console.WriteLine($"could not delete {id}: {error.Message}");
        }
    }
}
