using Bce.Emulator.Wire;

namespace Bce.Emulator.PeerConns.Bodies;

/// <summary>The ResizePeerConn body: <c>{"newBandwidthInMbps": int}</c>.</summary>
internal sealed record ResizePeerConnBody(int NewBandwidthInMbps)
{
    public static ResizePeerConnBody Parse(ReadOnlyMemory<byte> body) =>
        new(Bandwidth.Parse(JsonBody.Parse(body), "newBandwidthInMbps"));
}
