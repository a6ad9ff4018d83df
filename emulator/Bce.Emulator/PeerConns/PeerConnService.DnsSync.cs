using Bce.Emulator.Auth;
using Bce.Emulator.Wire;

namespace Bce.Emulator.PeerConns;

internal sealed partial class PeerConnService
{
    /// <summary>
    /// Open/ClosePeerConnSyncDns for the side named by <paramref name="role"/>, which the caller must own. Needs an
    /// active connection and a settled DNS status that differs from the one asked for.
    /// </summary>
    public void SetDnsSync(Caller caller, string id, string role, bool open, string? ifMatch) => Mutate(caller, id, ifMatch, (connection, now) =>
    {
        var side = connection.Side(role);
        if (side.AccountId != caller.AccountId)
        {
            throw ApiErrors.AccessDenied($"The {role} side of {id} belongs to another account.");
        }

        if (connection.Status != PeerConnStatus.Active)
        {
            throw ApiErrors.DnsStatusConflict($"DNS sync needs an active peer connection; {id} is {connection.Status}.");
        }

        if (side.DnsStatus is DnsStatus.Syncing or DnsStatus.Closing)
        {
            throw ApiErrors.DnsStatusConflict($"The {role} side's DNS sync is {side.DnsStatus}; wait until it settles.");
        }

        var target = open ? DnsStatus.Open : DnsStatus.Close;
        if (side.DnsStatus == target)
        {
            throw ApiErrors.DnsStatusConflict($"The {role} side's DNS sync is already {target}.");
        }

        return () => LifeCycle.BeginDns(connection, side, open ? DnsStatus.Syncing : DnsStatus.Closing, target, now, _transition);
    });
}
