namespace Bce.Emulator.PeerConns;

/// <summary>
/// The status machine (README "Life cycle"). Transitions either happen at once or, when a transition duration is
/// configured, pass through a transitional status first. Time-driven changes (pending transitions, the 7-day accept
/// timeout, prepaid expiry) are applied lazily by <see cref="Advance"/> whenever the store is read or written.
/// </summary>
internal static class LifeCycle
{
    /// <summary>How long a cross-account application waits for the acceptor.</summary>
    public static readonly TimeSpan ConsultTimeout = TimeSpan.FromDays(7);

    /// <summary>Applies every time-driven change that is due at <paramref name="now"/>.</summary>
    public static void Advance(PeerConnection connection, DateTimeOffset now)
    {
        if (connection.PendingStatus is { } pending && now >= pending.DueAt)
        {
            connection.Status = pending.Target;
            connection.PendingStatus = null;
            connection.Touch();
        }

        foreach (var side in new[] { connection.Initiator, connection.Acceptor })
        {
            if (side.PendingDns is { } dns && now >= dns.DueAt)
            {
                side.DnsStatus = dns.Target;
                side.PendingDns = null;
                connection.Touch();
            }
        }

        if (connection.Status == PeerConnStatus.Consulting && now >= connection.CreatedAt + ConsultTimeout)
        {
            connection.Status = PeerConnStatus.ConsultFailed;
            connection.Touch();
        }

        if (connection.Status == PeerConnStatus.Active && connection.ExpiresAt is { } expiresAt && now >= expiresAt)
        {
            connection.Status = PeerConnStatus.Expired;
            connection.Touch();
        }
    }

    /// <summary>Moves to <paramref name="target"/>, through <paramref name="transitional"/> when transitions take time.</summary>
    public static void Begin(PeerConnection connection, string transitional, string target, DateTimeOffset now, TimeSpan duration)
    {
        if (duration <= TimeSpan.Zero)
        {
            connection.Status = target;
            connection.PendingStatus = null;
        }
        else
        {
            connection.Status = transitional;
            connection.PendingStatus = new PendingTransition(target, now + duration);
        }

        connection.Touch();
    }

    /// <summary>Moves a side's DNS status to <paramref name="target"/>, through <paramref name="transitional"/> when transitions take time.</summary>
    public static void BeginDns(PeerConnection connection, PeerConnSide side, string transitional, string target, DateTimeOffset now, TimeSpan duration)
    {
        if (duration <= TimeSpan.Zero)
        {
            side.DnsStatus = target;
            side.PendingDns = null;
        }
        else
        {
            side.DnsStatus = transitional;
            side.PendingDns = new PendingTransition(target, now + duration);
        }

        connection.Touch();
    }
}
