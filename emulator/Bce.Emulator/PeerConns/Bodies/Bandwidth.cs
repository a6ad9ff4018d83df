using Bce.Emulator.Wire;

namespace Bce.Emulator.PeerConns.Bodies;

/// <summary>Bandwidth fields: an integer number of Mbps from 1 to 10000.</summary>
internal static class Bandwidth
{
    public const int Minimum = 1;
    public const int Maximum = 10000;

    public static int Parse(JsonBody json, string name)
    {
        var value = json.RequiredInt32(name);
        return value is >= Minimum and <= Maximum
            ? value
            : throw json.Invalid(name, $"must be between {Minimum} and {Maximum} Mbps");
    }
}
