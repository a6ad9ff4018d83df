namespace PeerConn.HostedSample;

/// <summary>The <c>Sample</c> section: where to run and which two VPCs of the two accounts to peer.</summary>
public sealed class SampleSettings
{
    /// <summary>
    /// Run on an emulator started in this process (the default): its address replaces both clients' endpoints and its
    /// two test accounts sign. <c>--Sample:UseEmulator=false</c> uses the settings and the credential chain as written.
    /// </summary>
    public bool UseEmulator { get; set; } = true;

    /// <summary>The initiator account's VPC.</summary>
    public string LocalVpcId { get; set; } = "";

    /// <summary>The peer account's VPC.</summary>
    public string PeerVpcId { get; set; } = "";

    /// <summary>The peer account's id (the one <c>Bce:Peer</c> signs as).</summary>
    public string PeerAccountId { get; set; } = "";

    /// <summary>The peer VPC's region.</summary>
    public string PeerRegion { get; set; } = "bj";
}
