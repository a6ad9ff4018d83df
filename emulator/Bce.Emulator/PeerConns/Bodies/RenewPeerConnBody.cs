using Bce.Emulator.Wire;

namespace Bce.Emulator.PeerConns.Bodies;

/// <summary>The RenewPeerConn body: <c>{"billing":{"reservation":{"reservationLength", "reservationTimeUnit"}}}</c>.</summary>
internal sealed record RenewPeerConnBody(ReservationBody Reservation)
{
    public static RenewPeerConnBody Parse(ReadOnlyMemory<byte> body)
    {
        var billing = JsonBody.Parse(body).RequiredObject("billing");
        return new RenewPeerConnBody(ReservationBody.Parse(billing.RequiredObject("reservation")));
    }
}
