using System.Text.Json;
using Bce.Emulator.Wire;

namespace Bce.Emulator.PeerConns;

/// <summary>
/// Writes the response bodies with the JSON names of <c>spec/peerconn.yaml</c>. Written by hand rather than by a
/// serializer so the field set, order and null handling are visible in one place.
/// </summary>
internal static class PeerConnJson
{
    /// <summary><c>{"peerConnId":"…"}</c>.</summary>
    public static byte[] CreateResult(string peerConnId) => JsonOutput.Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("peerConnId", peerConnId);
        w.WriteEndObject();
    });

    /// <summary>One PeerConn object.</summary>
    public static byte[] Detail(PeerConnView view) => JsonOutput.Write(w => WritePeerConn(w, view));

    /// <summary><c>{"peerConns":[…],"marker"?,"isTruncated","nextMarker"?,"maxKeys"}</c>.</summary>
    public static byte[] ListResult(ListPage<PeerConnView> page) => JsonOutput.Write(w => page.Write(w, "peerConns", WritePeerConn));

    private static void WritePeerConn(Utf8JsonWriter w, PeerConnView view)
    {
        w.WriteStartObject();
        w.WriteString("peerConnId", view.PeerConnId);
        w.WriteString("role", view.Role);
        w.WriteString("status", view.Status);
        w.WriteNumber("bandwidthInMbps", view.BandwidthInMbps);
        w.WriteString("description", view.Description);
        w.WriteString("localIfId", view.LocalIfId);
        w.WriteString("localIfName", view.LocalIfName);
        w.WriteString("localVpcId", view.LocalVpcId);
        w.WriteString("localRegion", view.LocalRegion);
        w.WriteString("peerVpcId", view.PeerVpcId);
        w.WriteString("peerRegion", view.PeerRegion);
        w.WriteString("peerAccountId", view.PeerAccountId);
        w.WriteString("paymentTiming", view.PaymentTiming);
        w.WriteString("dnsStatus", view.DnsStatus);
        w.WriteString("createdTime", WireFormats.PeerConnTime(view.CreatedTime));
        if (view.ExpiredTime is { } expiredTime)
        {
            w.WriteString("expiredTime", WireFormats.PeerConnTime(expiredTime));
        }
        else
        {
            w.WriteNull("expiredTime");
        }

        ResourceTag.WriteAll(w, view.Tags);
        w.WriteBoolean("deleteProtect", view.DeleteProtect);
        w.WriteEndObject();
    }
}
