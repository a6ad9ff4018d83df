using Bce.Emulator.Wire;

namespace Bce.Emulator.PeerConns.Bodies;

/// <summary>The CreatePeerConn body (wire contract §1.1), validated.</summary>
internal sealed record CreatePeerConnBody(
    int BandwidthInMbps,
    string LocalVpcId,
    string PeerVpcId,
    string PeerRegion,
    string PaymentTiming,
    ReservationBody? Reservation,
    string? PeerAccountId,
    string? Description,
    string? LocalIfName,
    string? PeerIfName,
    IReadOnlyList<ResourceTag> Tags,
    string? ResourceGroupId,
    bool DeleteProtect)
{
    public static CreatePeerConnBody Parse(ReadOnlyMemory<byte> body)
    {
        var json = JsonBody.Parse(body);
        var bandwidth = Bandwidth.Parse(json, "bandwidthInMbps");
        var localVpcId = json.RequiredString("localVpcId");
        var peerVpcId = json.RequiredString("peerVpcId");
        var peerRegion = json.RequiredString("peerRegion");
        var billing = json.RequiredObject("billing");
        var paymentTiming = ParsePaymentTiming(billing);
        var reservation = paymentTiming == PeerConns.PaymentTiming.Prepaid
            ? ReservationBody.Parse(billing.RequiredObject("reservation"))
            : null;

        return new CreatePeerConnBody(
            bandwidth,
            localVpcId,
            peerVpcId,
            peerRegion,
            paymentTiming,
            reservation,
            NullIfEmpty(json.OptionalString("peerAccountId")),
            json.OptionalString("description"),
            json.OptionalString("localIfName"),
            NullIfEmpty(json.OptionalString("peerIfName")),
            ResourceTag.ParseAll(json),
            json.OptionalString("resourceGroupId"),
            json.OptionalBoolean("deleteProtect") ?? false);
    }

    private static string ParsePaymentTiming(JsonBody billing)
    {
        var value = billing.RequiredString("paymentTiming");
        if (string.Equals(value, PeerConns.PaymentTiming.Prepaid, StringComparison.OrdinalIgnoreCase))
        {
            return PeerConns.PaymentTiming.Prepaid;
        }

        if (string.Equals(value, PeerConns.PaymentTiming.Postpaid, StringComparison.OrdinalIgnoreCase))
        {
            return PeerConns.PaymentTiming.Postpaid;
        }

        throw billing.Invalid("paymentTiming", "must be Prepaid or Postpaid");
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
