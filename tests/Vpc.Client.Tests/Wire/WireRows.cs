namespace Vpc.Client.Tests.Wire;

/// <summary>Every row of the table, one file per spec (Wire/Rows/), looked up by operation name.</summary>
public static class WireRows
{
    public static IReadOnlyList<WireRow> All { get; } =
    [
        .. Rows.VpcRows.All, .. Rows.SubnetRows.All, .. Rows.RouteRows.All, .. Rows.AclRows.All,
        .. Rows.NatRows.All, .. Rows.Ipv6GatewayRows.All, .. Rows.ProbeRows.All, .. Rows.TemplateRows.All,
    ];

    public static IReadOnlyDictionary<string, WireRow> ByOperation { get; } = All.ToDictionary(row => row.Operation, StringComparer.Ordinal);
}
