using Bce.Emulator.Auth;
using Bce.Emulator.Hosting;
using Bce.Emulator.Vpcs;
using Bce.Emulator.Wire;

namespace Bce.Emulator.PeerConns;

/// <summary>
/// The PeerConn operations on the store, one partial file per operation. Every operation runs under the
/// <see cref="StateLock"/> (shared with the VPC services, which own the <see cref="VpcStore"/> it checks), first
/// applies the time-driven changes that are due (<see cref="LifeCycle.Advance"/>), then, for writes: finds the
/// connection, checks the business rules, checks <c>If-Match</c>, and only then changes anything. Checking
/// preconditions after the rules follows RFC 9110 §13.2.1: a request that would fail anyway reports its own error.
/// </summary>
internal sealed partial class PeerConnService
{
    /// <summary>At most this many connections per VPC (product guide, wire contract §3).</summary>
    public const int QuotaPerVpc = 10;

    private readonly StateLock _gate;
    private readonly PeerConnStore _store = new();
    private readonly VpcStore _vpcs;
    private readonly HashSet<string> _accountIds;
    private readonly TimeProvider _time;
    private readonly string _region;
    private readonly TimeSpan _transition;

    public PeerConnService(
        IReadOnlyList<EmulatorAccount> accounts,
        VpcStore vpcs,
        StateLock gate,
        string region,
        TimeProvider time,
        TimeSpan transitionDuration)
    {
        _vpcs = vpcs;
        _gate = gate;
        _accountIds = new HashSet<string>(accounts.Select(a => a.AccountId), StringComparer.Ordinal);
        _region = region;
        _time = time;
        _transition = transitionDuration;
    }

    /// <summary>Whether a connection that is not deleted (any status) has the VPC as either side; DeleteVpc asks.</summary>
    public bool HasLiveConnections(string vpcId) => Locked(_ => _store.Live.Any(c => c.Touches(vpcId)));

    private T Locked<T>(Func<DateTimeOffset, T> action) => _gate.Run(() =>
    {
        var now = _time.GetUtcNow();
        foreach (var connection in _store.Live)
        {
            LifeCycle.Advance(connection, now);
        }

        return action(now);
    });

    /// <summary>
    /// Runs a write: <paramref name="plan"/> checks the rules and returns the change, which is applied only when the
    /// <c>If-Match</c> precondition holds.
    /// </summary>
    private void Mutate(Caller caller, string id, string? ifMatch, Func<PeerConnection, DateTimeOffset, Action> plan) =>
        Locked(now =>
        {
            var connection = Visible(caller, id);
            var apply = plan(connection, now);
            if (!IfMatch.IsSatisfied(ifMatch, connection.ETag))
            {
                throw ApiErrors.PreconditionFailed();
            }

            apply();
            return true;
        });

    /// <summary>The connection, if it exists, is not deleted and the caller owns a side of it.</summary>
    private PeerConnection Visible(Caller caller, string id) =>
        _store.Find(id) is { IsDeleted: false } connection && connection.IsPartyOf(caller.AccountId)
            ? connection
            : throw ApiErrors.NoSuchObject(id);

    /// <summary>Across accounts, only the initiator may delete, resize, renew, refund (or change delete protection).</summary>
    private static void RequireInitiator(PeerConnection connection, Caller caller, string action)
    {
        if (connection.IsCrossAccount && connection.Initiator.AccountId != caller.AccountId)
        {
            throw ApiErrors.NotInitiator(action);
        }
    }

    /// <summary>Update and resize need a settled connection: active, or consulting while it waits for the acceptor.</summary>
    private static void RequireSettled(PeerConnection connection, string action)
    {
        if (connection.Status is not (PeerConnStatus.Active or PeerConnStatus.Consulting))
        {
            throw ApiErrors.StatusConflict($"The peer connection {connection.Id} is {connection.Status}; it cannot be {action} now.");
        }
    }
}
