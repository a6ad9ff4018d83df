namespace Bce.Emulator.PeerConns;

/// <summary>One page of ListPeerConn.</summary>
/// <param name="Items">The views on this page.</param>
/// <param name="Marker">The echoed start position: the request's marker, else the first item's id; null for an empty first page.</param>
/// <param name="NextMarker">The id the next page starts at; null when this is the last page.</param>
/// <param name="MaxKeys">The page size used.</param>
internal sealed record ListPage(IReadOnlyList<PeerConnView> Items, string? Marker, string? NextMarker, int MaxKeys);
