namespace Bce.Emulator.PeerConns;

/// <summary>A <c>{tagKey, tagValue}</c> pair bound to a connection.</summary>
/// <param name="Key">The tag key.</param>
/// <param name="Value">The tag value; may be empty.</param>
internal sealed record PeerConnTag(string Key, string Value);
