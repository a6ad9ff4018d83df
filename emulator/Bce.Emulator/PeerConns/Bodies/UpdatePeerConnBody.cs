using Bce.Emulator.Wire;

namespace Bce.Emulator.PeerConns.Bodies;

/// <summary>The UpdatePeerConn body: <c>{"localIfId" (required), "description"?, "localIfName"?}</c>.</summary>
internal sealed record UpdatePeerConnBody(string LocalIfId, string? Description, string? LocalIfName)
{
    public static UpdatePeerConnBody Parse(ReadOnlyMemory<byte> body)
    {
        var json = JsonBody.Parse(body);
        return new UpdatePeerConnBody(
            json.RequiredString("localIfId"),
            json.OptionalString("description"),
            json.OptionalString("localIfName"));
    }
}
