namespace Bce.Emulator.PeerConns;

/// <summary>A status a connection (or a side's DNS) moves to once the clock reaches <paramref name="DueAt"/>.</summary>
/// <param name="Target">The status reached.</param>
/// <param name="DueAt">When it is reached.</param>
internal readonly record struct PendingTransition(string Target, DateTimeOffset DueAt);
