using Bce.Emulator.Wire;

namespace Bce.Emulator.PeerConns.Bodies;

/// <summary>
/// <c>{"reservationLength": int, "reservationTimeUnit": "month"}</c>: 1–9, 12, 24 or 36 months. The unit may be left
/// out (it defaults to month) and is compared case-insensitively (<c>month</c>, <c>Month</c>).
/// </summary>
/// <param name="Months">The reserved period in months.</param>
internal sealed record ReservationBody(int Months)
{
    private static readonly int[] AllowedLengths = [1, 2, 3, 4, 5, 6, 7, 8, 9, 12, 24, 36];

    public static ReservationBody Parse(JsonBody json)
    {
        var length = json.RequiredInt32("reservationLength");
        if (Array.IndexOf(AllowedLengths, length) < 0)
        {
            throw json.Invalid("reservationLength", "must be 1 to 9, 12, 24 or 36");
        }

        var unit = json.OptionalString("reservationTimeUnit");
        if (unit is not null && !string.Equals(unit, "month", StringComparison.OrdinalIgnoreCase))
        {
            throw json.Invalid("reservationTimeUnit", "must be month");
        }

        return new ReservationBody(length);
    }
}
