using Bce.Emulator;
using Bce.Vpc.PeerConnections;

namespace PeerConn.Sample;

/// <summary>
/// The part that needs two accounts, so it runs on the emulator only: a cross-account request accepted and one
/// rejected, both roles' views, a prepaid cross-region connection renewed, and the rules that refuse what is not allowed.
/// </summary>
internal sealed class CrossAccountLifecycle(PeerConnClient initiator, PeerConnClient acceptor, StepTable table)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var peerAccount = EmulatorDefaults.Secondary.AccountId;
        table.PrintHeader($"Two accounts: {EmulatorDefaults.Primary.AccountId[^4..]} asks, {peerAccount[^4..]} answers");
        var created = new List<string>();
        try
        {
            var accepted = await CreateCrossAccountAsync("create cross-account (to accept)", EmulatorDefaults.PrimaryVpcC, EmulatorDefaults.SecondaryVpcA, cancellationToken);
            if (accepted is not null)
            {
                created.Add(accepted);
                await ShowAsync(initiator, "detail (initiator view)", accepted, PeerConnRole.Initiator, cancellationToken);
                await ShowAsync(acceptor, "detail (acceptor view)", accepted, PeerConnRole.Acceptor, cancellationToken);
                await table.ExpectRefusalAsync(
                    "accept by the initiator",
                    () => initiator.AcceptPeerConnApplyAsync(new AcceptPeerConnApplyRequest { PeerConnId = accepted }, cancellationToken),
                    PeerConnErrorCodes.StatusConflict);
                await table.RunAsync(
                    "accept by the peer account",
                    () => acceptor.AcceptPeerConnApplyAsync(new AcceptPeerConnApplyRequest { PeerConnId = accepted }, cancellationToken),
                    "request accepted");
                await ShowAsync(initiator, "detail after accept", accepted, PeerConnRole.Initiator, cancellationToken);
                await table.ExpectRefusalAsync(
                    "delete by the acceptor",
                    () => acceptor.DeletePeerConnAsync(new DeletePeerConnRequest { PeerConnId = accepted }, cancellationToken),
                    PeerConnErrorCodes.NotInitiator);
            }

            var rejected = await CreateCrossAccountAsync("create cross-account (to reject)", EmulatorDefaults.PrimaryVpcA, EmulatorDefaults.SecondaryVpcB, cancellationToken);
            if (rejected is not null)
            {
                created.Add(rejected);
                await table.RunAsync(
                    "reject by the peer account",
                    () => acceptor.RejectPeerConnApplyAsync(new RejectPeerConnApplyRequest { PeerConnId = rejected }, cancellationToken),
                    "request rejected");
                await ShowAsync(initiator, "detail after reject", rejected, PeerConnRole.Initiator, cancellationToken);
            }

            await table.ExpectRefusalAsync(
                "create same-region prepaid",
                () => initiator.CreatePeerConnAsync(Prepaid(EmulatorDefaults.PrimaryVpcB, EmulatorDefaults.PrimaryVpcC, EmulatorDefaults.Region, null), cancellationToken),
                PeerConnErrorCodes.SameRegionPrepaidUnsupported);
            var prepaid = await table.RunAsync(
                "create cross-region prepaid (gz)",
                () => initiator.CreatePeerConnAsync(Prepaid(EmulatorDefaults.PrimaryVpcB, EmulatorDefaults.SecondaryVpcB, "gz", peerAccount), cancellationToken),
                r => r.Value.PeerConnId!,
                r => r.RequestId);
            if (prepaid?.Value.PeerConnId is { } prepaidId)
            {
                created.Add(prepaidId);
                await table.RunAsync(
                    "accept prepaid by the peer account",
                    () => acceptor.AcceptPeerConnApplyAsync(new AcceptPeerConnApplyRequest { PeerConnId = prepaidId }, cancellationToken),
                    "request accepted");
                await table.RunAsync(
                    "renew prepaid by 1 month",
                    () => initiator.RenewPeerConnAsync(
                        new RenewPeerConnRequest
                        {
                            PeerConnId = prepaidId,
                            Billing = new RenewBilling { Reservation = new Reservation { ReservationLength = 1, ReservationTimeUnit = "Month" } },
                        },
                        cancellationToken),
                    "expiry moved one month on");
                await ShowAsync(initiator, "detail after renew", prepaidId, PeerConnRole.Initiator, cancellationToken);
                await table.ExpectRefusalAsync(
                    "resize prepaid down",
                    () => initiator.ResizePeerConnAsync(new ResizePeerConnRequest { PeerConnId = prepaidId, NewBandwidthInMbps = 1 }, cancellationToken),
                    PeerConnErrorCodes.PrepaidDownsizeUnsupported);
                await table.ExpectRefusalAsync(
                    "delete unexpired prepaid",
                    () => initiator.DeletePeerConnAsync(new DeletePeerConnRequest { PeerConnId = prepaidId }, cancellationToken),
                    PeerConnErrorCodes.PrepaidNotExpired);
                created.Remove(prepaidId);
            }
        }
        finally
        {
            foreach (var id in created)
            {
                await table.RunAsync(
                    "delete",
                    () => initiator.DeletePeerConnAsync(new DeletePeerConnRequest { PeerConnId = id }, CancellationToken.None),
                    $"{id} released");
            }
        }
    }

    private async Task<string?> CreateCrossAccountAsync(string step, string localVpc, string peerVpc, CancellationToken cancellationToken)
    {
        var response = await table.RunAsync(
            step,
            () => initiator.CreatePeerConnAsync(
                new CreatePeerConnRequest
                {
                    LocalVpcId = localVpc,
                    PeerVpcId = peerVpc,
                    PeerAccountId = EmulatorDefaults.Secondary.AccountId,
                    PeerRegion = EmulatorDefaults.Region,
                    BandwidthInMbps = 10,
                    Billing = new Billing { PaymentTiming = PaymentTiming.Postpaid },
                },
                cancellationToken),
            r => $"{r.Value.PeerConnId}: {localVpc} -> {peerVpc}",
            r => r.RequestId);
        return response?.Value.PeerConnId;
    }

    private Task ShowAsync(PeerConnClient client, string step, string id, PeerConnRole role, CancellationToken cancellationToken) =>
        table.RunAsync(
            step,
            () => client.GetPeerConnDetailAsync(new GetPeerConnDetailRequest { PeerConnId = id, Role = role }, cancellationToken),
            r => $"{r.Value.Role} sees {r.Value.Status} {r.Value.PaymentTiming}, {r.Value.LocalVpcId} -> {r.Value.PeerVpcId}" +
                (r.Value.ExpiredTime is { } expires ? $", expires {expires.Raw[..10]}" : string.Empty),
            r => r.RequestId);

    private static CreatePeerConnRequest Prepaid(string localVpc, string peerVpc, string peerRegion, string? peerAccount) => new()
    {
        LocalVpcId = localVpc,
        PeerVpcId = peerVpc,
        PeerRegion = peerRegion,
        PeerAccountId = peerAccount,
        BandwidthInMbps = 50,
        Billing = new Billing
        {
            PaymentTiming = PaymentTiming.Prepaid,
            Reservation = new Reservation { ReservationLength = 1, ReservationTimeUnit = "Month" },
        },
    };
}
