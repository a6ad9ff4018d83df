using Bce.Vpc.PeerConnections;

namespace PeerConn.Sample;

/// <summary>
/// The part of the life cycle one account can walk alone: create, list, detail, update, resize, DNS open and close,
/// delete. Runs against the emulator or the real cloud, and deletes what it created even when a step fails.
/// </summary>
internal sealed class SingleAccountLifecycle(PeerConnClient client, SampleOptions options, StepTable table)
{
    /// <summary>How long to wait for transitional states (creating, syncing...) on a real service.</summary>
    private static readonly TimeSpan SettleTimeout = TimeSpan.FromMinutes(3);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        table.PrintHeader($"Single account: {options.LocalVpcId} <-> {options.PeerVpcId} in {options.Region}");
        string? peerConnId = null;
        try
        {
            var created = await table.RunAsync(
                "create same-account (postpaid)",
                () => client.CreatePeerConnAsync(
                    new CreatePeerConnRequest
                    {
                        LocalVpcId = options.LocalVpcId,
                        PeerVpcId = options.PeerVpcId,
                        PeerRegion = options.Region,
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

            await WaitForAsync(peerConnId, p => p.Status == PeerConnStatus.Active, cancellationToken);
            await table.RunAsync(
                "list (all pages, this VPC)",
                async () => await CountAsync(client.ListAllPeerConnsAsync(new ListPeerConnRequest { VpcId = options.LocalVpcId, MaxKeys = 100 }, cancellationToken)),
                count => $"{count.Value} connection(s) on {options.LocalVpcId}",
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
            await WaitForAsync(peerConnId, p => p.Status == PeerConnStatus.Active, cancellationToken);
            await table.RunAsync(
                "resize to 20 Mbps",
                () => client.ResizePeerConnAsync(new ResizePeerConnRequest { PeerConnId = peerConnId, NewBandwidthInMbps = 20 }, cancellationToken),
                "bandwidth 10 -> 20 Mbps");
            await WaitForAsync(peerConnId, p => p.Status == PeerConnStatus.Active, cancellationToken);
            await table.RunAsync(
                "open DNS sync (initiator)",
                () => client.OpenPeerConnSyncDnsAsync(new OpenPeerConnSyncDnsRequest { PeerConnId = peerConnId, Role = PeerConnRole.Initiator }, cancellationToken),
                "DNS sync requested");
            var opened = await WaitForAsync(peerConnId, p => p.DnsStatus == DnsStatus.Open, cancellationToken);
            await table.RunAsync(
                "close DNS sync (initiator)",
                () => client.ClosePeerConnSyncDnsAsync(new ClosePeerConnSyncDnsRequest { PeerConnId = peerConnId, Role = PeerConnRole.Initiator }, cancellationToken),
                $"dnsStatus was {opened?.DnsStatus}");
            await WaitForAsync(peerConnId, p => p.DnsStatus == DnsStatus.Close, cancellationToken);
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

    /// <summary>Polls the detail until the condition holds (at once on the emulator; seconds to minutes on the real service).</summary>
    private async Task<Bce.Vpc.PeerConnections.PeerConn?> WaitForAsync(string peerConnId, Func<Bce.Vpc.PeerConnections.PeerConn, bool> condition, CancellationToken cancellationToken)
    {
        var deadline = DateTimeOffset.UtcNow + SettleTimeout;
        while (true)
        {
            var detail = await client.GetPeerConnDetailAsync(new GetPeerConnDetailRequest { PeerConnId = peerConnId, Role = PeerConnRole.Initiator }, cancellationToken);
            if (condition(detail.Value) || DateTimeOffset.UtcNow > deadline)
            {
                return detail.Value;
            }

            await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken);
        }
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
