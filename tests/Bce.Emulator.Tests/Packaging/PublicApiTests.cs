using Bce.Emulator.Tool;

namespace Bce.Emulator.Tests.Packaging;

/// <summary>
/// The public surface is deliberate: what a test needs to run the emulator in-process, all in one namespace.
/// Everything else (the verifier, the store, the wire helpers, the tool's parser) is internal.
/// </summary>
public sealed class PublicApiTests
{
    [Fact]
    public void The_library_exports_only_the_in_process_API()
    {
        var exported = typeof(BceEmulator).Assembly.GetExportedTypes().Select(t => t.FullName).Order(StringComparer.Ordinal);

        Assert.Equal(
        [
            "Bce.Emulator.BceEmulator",
            "Bce.Emulator.EmulatorAccount",
            "Bce.Emulator.EmulatorDefaults",
            "Bce.Emulator.EmulatorOptions",
            "Bce.Emulator.EmulatorState",
            "Bce.Emulator.FaultInjector",
            "Bce.Emulator.FaultKind",
            "Bce.Emulator.FaultRule",
            "Bce.Emulator.OperationNames",
            "Bce.Emulator.PeerConnSnapshot",
            "Bce.Emulator.SubnetSnapshot",
            "Bce.Emulator.VpcSnapshot",
        ], exported);
    }

    [Fact]
    public void Operation_names_are_the_specs_for_peerconn_then_the_vpc_family_and_sts()
    {
        Assert.Equal(
        [
            "CreatePeerConn", "ListPeerConn", "GetPeerConnDetail", "UpdatePeerConn", "AcceptPeerConnApply",
            "RejectPeerConnApply", "DeletePeerConn", "ResizePeerConn", "RenewPeerConn", "OpenPeerConnSyncDns",
            "ClosePeerConnSyncDns", "RefundPeerConn", "UpdatePeerConnDeleteProtect",
            "CreateVpc", "ListVpcs", "GetVpcDetail", "UpdateVpc", "DeleteVpc", "GetPrivateIpAddressesInfo", "CreateVpcDhcp",
            "UpdateVpcDhcp", "GetVpcDhcpInfo", "OpenVpcRelay", "ShutdownVpcRelay", "CreateSubnet", "ListSubnets",
            "GetSubnetDetail", "UpdateSubnet", "DeleteSubnet", "CreateIpReserve", "ListIpReserves", "DeleteIpReserve",
            "GetSessionToken",
        ], OperationNames.All);
    }

    [Fact]
    public void The_tool_exports_nothing()
    {
        Assert.Empty(typeof(CommandLine).Assembly.GetExportedTypes());
    }
}
