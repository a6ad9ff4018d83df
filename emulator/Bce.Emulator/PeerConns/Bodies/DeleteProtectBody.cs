using Bce.Emulator.Wire;

namespace Bce.Emulator.PeerConns.Bodies;

/// <summary>The UpdateDeleteProtect body: <c>{"deleteProtect": bool}</c>.</summary>
internal sealed record DeleteProtectBody(bool DeleteProtect)
{
    public static DeleteProtectBody Parse(ReadOnlyMemory<byte> body) =>
        new(JsonBody.Parse(body).RequiredBoolean("deleteProtect"));
}
