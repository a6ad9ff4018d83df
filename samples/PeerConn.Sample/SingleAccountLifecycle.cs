using Bce.Runtime;
using Bce.Runtime.Waiting;
using Bce.Vpc.PeerConnections;

namespace PeerConn.Sample;

/// <summary>
/// The part of the life cycle one account can walk alone, between two VPCs of that account: create, list, detail,
/// update, resize, DNS open and close, delete. Runs against the emulator or the real cloud, and deletes what it
/// created even when a step fails.
/// </summary>
internal sealed class SingleAccountLifecycle(PeerConnClient client, string region, string localVpcId, string peerVpcId, StepTable table)
{
    /// <summary>How long to wait for transitional states (creating, syncing...) on a real service.</summary>
    private static readonly TimeSpan SettleTimeout = TimeSpan.FromMinutes(3);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        table.PrintHeader($"Single account: {localVpcId} <-> {peerVpcId} in {region}");
        string? peerConnId = null;
        try
        {
            var created = await table.RunAsync(
                "create same-account (postpaid)",
                () => client.CreatePeerConnAsync(
                    new CreatePeerConnRequest
                    {
                        LocalVpcId = localVpcId,
                        PeerVpcId = peerVpcId,
                        PeerRegion = region,
                        BandwidthInMbps = 10,
                        Description = "created by the PeerConn sample",
                        Billing = new Billing { PaymentTiming = PaymentTiming.Postpaid },
                    },
                    cancellationToken),
                r => $"{r.Value.PeerConnId} (clientToken {r.ClientToken![..8]}...)",
                r => r.RequestId);
            peerConnId = created?.Value.PeerConnId;
            if (peerConnId is null)
            {
                return;
            }

            await WaitAsync("wait until active", client.WaitUntilPeerConnActiveAsync, peerConnId, cancellationToken);
            await table.RunAsync(
                "list (all pages, this VPC)",
                async () => await CountAsync(client.ListAllPeerConnsAsync(new ListPeerConnRequest { VpcId = localVpcId, MaxKeys = 100 }, cancellationToken)),
                count => $"{count.Value} connection(s) on {localVpcId}",
                _ => null);
            var detail = await table.RunAsync(
                "detail (initiator)",
                () => client.GetPeerConnDetailAsync(new GetPeerConnDetailRequest { PeerConnId = peerConnId, Role = PeerConnRole.Initiator }, cancellationToken),
                r => $"{r.Value.Status}, {r.Value.BandwidthInMbps} Mbps, ETag {r.ETag ?? "-"}",
                r => r.RequestId);
            await table.RunAsync(
                "update description (If-Match ETag)",
                () => client.UpdatePeerConnAsync(
                    new UpdatePeerConnRequest
                    {
                        PeerConnId = peerConnId,
                        LocalIfId = detail?.Value.LocalIfId ?? string.Empty,
                        Description = "renamed by the PeerConn sample",
                        IfMatch = detail?.ETag,
                    },
                    cancellationToken),
                "description changed");
            await WaitAsync("wait until active", client.WaitUntilPeerConnActiveAsync, peerConnId, cancellationToken);
            await table.RunAsync(
                "resize to 20 Mbps",
                () => client.ResizePeerConnAsync(new ResizePeerConnRequest { PeerConnId = peerConnId, NewBandwidthInMbps = 20 }, cancellationToken),
                "bandwidth 10 -> 20 Mbps");
            await WaitAsync("wait until active", client.WaitUntilPeerConnActiveAsync, peerConnId, cancellationToken);
            await table.RunAsync(
                "open DNS sync (initiator)",
                () => client.OpenPeerConnSyncDnsAsync(new OpenPeerConnSyncDnsRequest { PeerConnId = peerConnId, Role = PeerConnRole.Initiator }, cancellationToken),
                "DNS sync requested");
            await WaitAsync("wait until DNS sync is open", client.WaitUntilPeerConnDnsOpenAsync, peerConnId, cancellationToken);
            await table.RunAsync(
                "close DNS sync (initiator)",
                () => client.ClosePeerConnSyncDnsAsync(new ClosePeerConnSyncDnsRequest { PeerConnId = peerConnId, Role = PeerConnRole.Initiator }, cancellationToken),
                "DNS sync stop requested");
            await WaitAsync("wait until DNS sync is closed", client.WaitUntilPeerConnDnsClosedAsync, peerConnId, cancellationToken);
        }
        finally
        {
            if (peerConnId is not null)
            {
                // Clean up even after a failed step: a sample must not leave billable resources behind.
                await table.RunAsync(
                    "delete",
                    () => client.DeletePeerConnAsync(new DeletePeerConnRequest { PeerConnId = peerConnId }, CancellationToken.None),
                    $"{peerConnId} released");
            }
        }
    }

    /// <summary>Runs one of the spec's waiters as a step: instant on the emulator, seconds to minutes on the real service.</summary>
    private Task<BceResponse<Bce.Vpc.PeerConnections.PeerConn>?> WaitAsync(
        string step,
        Func<GetPeerConnDetailRequest, BceWaitOptions, CancellationToken, Task<BceResponse<Bce.Vpc.PeerConnections.PeerConn>>> waiter,
        string peerConnId,
        CancellationToken cancellationToken)
    {
        var request = new GetPeerConnDetailRequest { PeerConnId = peerConnId, Role = PeerConnRole.Initiator };
        var polls = 0;
        var options = new BceWaitOptions { Timeout = SettleTimeout, OnPoll = _ => polls++ };
        return table.RunAsync(
            step,
            () => waiter(request, options, cancellationToken),
            r => $"status {r.Value.Status}, dnsStatus {r.Value.DnsStatus} after {polls} poll(s)",
            r => r.RequestId)!;
    }

    private static async Task<Count> CountAsync(IAsyncEnumerable<Bce.Vpc.PeerConnections.PeerConn> items)
    {
        var count = 0;
        await foreach (var _ in items)
        {
            count++;
        }

        return new Count(count);
    }

    private sealed record Count(int Value);
}
