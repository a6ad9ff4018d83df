using Bce.Emulator.Auth;
using Bce.Emulator.Wire;

namespace Bce.Emulator.PeerConns;

/// <summary>
/// The PeerConn operations on the store, one partial file per operation. Every operation runs under one lock, first
/// applies the time-driven changes that are due (<see cref="LifeCycle.Advance"/>), then, for writes: finds the
/// connection, checks the business rules, checks <c>If-Match</c>, and only then changes anything. Checking
/// preconditions after the rules follows RFC 9110 §13.2.1: a request that would fail anyway reports its own error.
/// </summary>
internal sealed partial class PeerConnService
{
    /// <summary>At most this many connections per VPC (product guide, wire contract §3).</summary>
    public const int QuotaPerVpc = 10;

    private readonly object _gate = new();
    private readonly PeerConnStore _store = new();
    private readonly VpcRegistry _vpcs;
    private readonly HashSet<string> _accountIds;
    private readonly TimeProvider _time;
    private readonly string _region;
    private readonly TimeSpan _transition;

    public PeerConnService(IReadOnlyList<EmulatorAccount> accounts, string region, TimeProvider time, TimeSpan transitionDuration)
    {
        _vpcs = new VpcRegistry(accounts);
        _accountIds = new HashSet<string>(accounts.Select(a => a.AccountId), StringComparer.Ordinal);
        _region = region;
        _time = time;
        _transition = transitionDuration;
    }

    private T Locked<T>(Func<DateTimeOffset, T> action)
    {
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            foreach (var connection in _store.Live)
            {
                LifeCycle.Advance(connection, now);
            }

            return action(now);
        }
    }

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

    /// <summary>Across accounts, only the initiator may delete, resize, renew (or change delete protection).</summary>
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
