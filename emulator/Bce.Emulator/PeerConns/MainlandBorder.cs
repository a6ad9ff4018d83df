namespace Bce.Emulator.PeerConns;

/// <summary>
/// Which connections are cross-border, for RefundPeerConn's "only non-cross-border" rule (wire contract §3): one end
/// outside mainland China and the other inside. Of the regions PeerConn serves (bj, gz, su, hkg, fwh, bd) only hkg is
/// outside; any other region name counts as mainland.
/// </summary>
internal static class MainlandBorder
{
    private static readonly HashSet<string> OutsideMainland = new(StringComparer.OrdinalIgnoreCase) { "hkg" };

    /// <summary>Whether the border lies between the two regions (case ignored).</summary>
    public static bool Separates(string region, string otherRegion) =>
        OutsideMainland.Contains(region) != OutsideMainland.Contains(otherRegion);
}
