using Bce.Emulator.Auth;
using Bce.Emulator.PeerConns.Bodies;
using Bce.Emulator.Wire;

namespace Bce.Emulator.PeerConns;

internal sealed partial class PeerConnService
{
    /// <summary>CreatePeerConn: checks the rules in the order of README "Business rules" and returns the new id.</summary>
    public string Create(Caller caller, CreatePeerConnBody body) => Locked(now =>
    {
        if (string.Equals(body.LocalVpcId, body.PeerVpcId, StringComparison.Ordinal))
        {
            throw ApiErrors.SameVpc();
        }

        var acceptorAccountId = PeerAccountOf(caller, body);
        CheckVpcOwnership(caller, body, acceptorAccountId);
        if (string.Equals(body.PeerRegion, _region, StringComparison.OrdinalIgnoreCase) && body.PaymentTiming == PaymentTiming.Prepaid)
        {
            throw ApiErrors.SameRegionPrepaidUnsupported();
        }

        if (_store.Live.FirstOrDefault(c => c.Touches(body.LocalVpcId) && c.Touches(body.PeerVpcId)) is { } existing)
        {
            throw ApiErrors.VpcPairExists(existing.Id);
        }

        foreach (var vpcId in new[] { body.LocalVpcId, body.PeerVpcId })
        {
            if (_store.Live.Count(c => c.Touches(vpcId)) >= QuotaPerVpc)
            {
                throw ApiErrors.QuotaExceeded(vpcId, QuotaPerVpc);
            }
        }

        var connection = NewConnection(caller, body, acceptorAccountId, now);
        LifeCycle.Begin(
            connection,
            PeerConnStatus.Creating,
            connection.IsCrossAccount ? PeerConnStatus.Consulting : PeerConnStatus.Active,
            now,
            _transition);
        _vpcs.Claim(body.LocalVpcId, caller.AccountId);
        _vpcs.Claim(body.PeerVpcId, acceptorAccountId);
        _store.Add(connection);
        return connection.Id;
    });

    /// <summary>The acceptor's account: the caller's own unless <c>peerAccountId</c> names another known account.</summary>
    private string PeerAccountOf(Caller caller, CreatePeerConnBody body)
    {
        if (body.PeerAccountId is null)
        {
            return caller.AccountId;
        }

        if (body.PeerAccountId == caller.AccountId)
        {
            throw ApiErrors.InvalidParameter("peerAccountId names the caller's own account; leave it out for same-account peering.");
        }

        if (!_accountIds.Contains(body.PeerAccountId))
        {
            throw ApiErrors.InvalidParameter($"peerAccountId {body.PeerAccountId} is not an account of this emulator.");
        }

        if (body.PeerIfName is not null)
        {
            throw ApiErrors.InvalidParameter("peerIfName is only allowed for same-account peering.");
        }

        return body.PeerAccountId;
    }

    private void CheckVpcOwnership(Caller caller, CreatePeerConnBody body, string acceptorAccountId)
    {
        foreach (var vpcId in new[] { body.LocalVpcId, body.PeerVpcId })
        {
            if (_vpcs.WasDeleted(vpcId))
            {
                throw ApiErrors.InvalidParameter($"The VPC {vpcId} was deleted.");
            }
        }

        if (!_vpcs.MayUse(body.LocalVpcId, caller.AccountId))
        {
            throw ApiErrors.InvalidParameter($"The VPC {body.LocalVpcId} does not belong to the caller's account.");
        }

        if (_vpcs.MayUse(body.PeerVpcId, acceptorAccountId))
        {
            return;
        }

        throw ApiErrors.InvalidParameter(acceptorAccountId == caller.AccountId
            ? $"The VPC {body.PeerVpcId} belongs to another account; name it in peerAccountId for cross-account peering."
            : $"The VPC {body.PeerVpcId} does not belong to account {acceptorAccountId}.");
    }

    private PeerConnection NewConnection(Caller caller, CreatePeerConnBody body, string acceptorAccountId, DateTimeOffset now) => new()
    {
        Id = _store.NewPeerConnId(),
        Initiator = new PeerConnSide
        {
            Role = PeerConnRole.Initiator,
            AccountId = caller.AccountId,
            VpcId = body.LocalVpcId,
            Region = _region,
            InterfaceId = _store.NewInterfaceId(),
            InterfaceName = body.LocalIfName ?? string.Empty,
            Description = body.Description ?? string.Empty,
        },
        Acceptor = new PeerConnSide
        {
            Role = PeerConnRole.Acceptor,
            AccountId = acceptorAccountId,
            VpcId = body.PeerVpcId,
            Region = body.PeerRegion,
            InterfaceId = _store.NewInterfaceId(),
            InterfaceName = body.PeerIfName ?? string.Empty,
            Description = body.Description ?? string.Empty,
        },
        Status = PeerConnStatus.Creating,
        BandwidthInMbps = body.BandwidthInMbps,
        PaymentTiming = body.PaymentTiming,
        CreatedAt = now,
        ExpiresAt = body.Reservation is { } reservation ? now.AddMonths(reservation.Months) : null,
        Tags = body.Tags,
        DeleteProtect = body.DeleteProtect,
        ResourceGroupId = body.ResourceGroupId,
    };
}
