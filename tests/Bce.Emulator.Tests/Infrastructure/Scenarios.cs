namespace Bce.Emulator.Tests.Infrastructure;

/// <summary>Connections in a known state, built through the HTTP API.</summary>
public static class Scenarios
{
    /// <summary>A same-account Postpaid connection (active at once) between two fresh VPCs of the primary account.</summary>
    public static Task<string> SameAccountAsync(EmulatorSession session, int bandwidth = 10) =>
        session.Primary.CreateOkAsync(Bodies.Create(Bodies.NewVpcId(), Bodies.NewVpcId(), bandwidth: bandwidth));

    /// <summary>A cross-account Postpaid connection from the primary to the secondary account, consulting unless accepted.</summary>
    public static async Task<string> CrossAccountAsync(EmulatorSession session, bool accept = false)
    {
        var id = await session.Primary.CreateOkAsync(
            Bodies.Create(Bodies.NewVpcId(), Bodies.NewVpcId(), EmulatorDefaults.Secondary.AccountId));
        if (accept)
        {
            using var accepted = await session.Secondary.ActionAsync(id, "accept");
            await accepted.ShouldBeEmptyOkAsync();
        }

        return id;
    }

    /// <summary>A cross-region Prepaid connection of the primary account (active at once), reserved for <paramref name="months"/>.</summary>
    public static Task<string> PrepaidAsync(EmulatorSession session, int months = 1, int bandwidth = 10) =>
        session.Primary.CreateOkAsync(Bodies.CreatePrepaid(Bodies.NewVpcId(), Bodies.NewVpcId(), months: months, bandwidth: bandwidth));

    /// <summary>The current status as the primary account sees it.</summary>
    public static async Task<string> StatusAsync(EmulatorSession session, string id, string role = "initiator") =>
        (await session.Primary.GetDetailOkAsync(id, role)).GetProperty("status").GetString()!;
}
