using Bce.Emulator.Tests.Infrastructure;

namespace Bce.Emulator.Tests.Idempotency;

/// <summary>clientToken replay, mismatch, scope and 24-hour expiry.</summary>
public sealed class IdempotencyTests(EmulatorSession session) : IClassFixture<EmulatorSession>
{
    [Fact]
    public async Task The_same_token_and_request_replays_the_first_result()
    {
        var token = Bodies.NewToken();
        var body = Bodies.Create(Bodies.NewVpcId(), Bodies.NewVpcId());
        var first = await session.Primary.CreateOkAsync(body, token);
        var count = session.Emulator.State.Connections.Count;
        var second = await session.Primary.CreateOkAsync(body, token);
        Assert.Equal(first, second);
        Assert.Equal(count, session.Emulator.State.Connections.Count);
    }

    [Fact]
    public async Task The_same_token_with_another_body_is_IdempotentParameterMismatch()
    {
        var token = Bodies.NewToken();
        await session.Primary.CreateOkAsync(Bodies.Create(Bodies.NewVpcId(), Bodies.NewVpcId()), token);
        using var response = await session.Primary.CreateAsync(Bodies.Create(Bodies.NewVpcId(), Bodies.NewVpcId()), token);
        await response.ShouldBeErrorAsync(403, "IdempotentParameterMismatch");
    }

    [Fact]
    public async Task The_same_token_on_another_path_or_action_is_IdempotentParameterMismatch()
    {
        var token = Bodies.NewToken();
        var id = await Scenarios.SameAccountAsync(session, bandwidth: 10);
        using (var resize = await session.Primary.ActionAsync(id, "resize", new { newBandwidthInMbps = 20 }, clientToken: token))
        {
            await resize.ShouldBeEmptyOkAsync();
        }

        var other = await Scenarios.SameAccountAsync(session, bandwidth: 10);
        using (var otherPath = await session.Primary.ActionAsync(other, "resize", new { newBandwidthInMbps = 20 }, clientToken: token))
        {
            await otherPath.ShouldBeErrorAsync(403, "IdempotentParameterMismatch");
        }

        using var otherAction = await session.Primary.DeleteAsync(id, token);
        await otherAction.ShouldBeErrorAsync(403, "IdempotentParameterMismatch");
    }

    [Fact]
    public async Task A_replay_ignores_parameter_order_and_the_bare_flag_form()
    {
        var id = await Scenarios.CrossAccountAsync(session);
        var token = Bodies.NewToken();
        using (var first = await session.Secondary.SendAsync(HttpMethod.Put, $"/v1/peerconn/{id}?accept&clientToken={token}"))
        {
            await first.ShouldBeEmptyOkAsync();
        }

        using var replay = await session.Secondary.SendAsync(HttpMethod.Put, $"/v1/peerconn/{id}?clientToken={token}&accept=");
        await replay.ShouldBeEmptyOkAsync();
    }

    [Fact]
    public async Task A_replay_wins_over_a_stale_if_match()
    {
        var id = await Scenarios.SameAccountAsync(session, bandwidth: 10);
        var etag = session.Emulator.State.Find(id)!.ETag;
        var token = Bodies.NewToken();
        using (var first = await session.Primary.ActionAsync(id, "resize", new { newBandwidthInMbps = 20 }, clientToken: token, ifMatch: etag))
        {
            await first.ShouldBeEmptyOkAsync();
        }

        using var retry = await session.Primary.ActionAsync(id, "resize", new { newBandwidthInMbps = 20 }, clientToken: token, ifMatch: etag);
        await retry.ShouldBeEmptyOkAsync();
    }

    [Fact]
    public async Task Tokens_are_scoped_per_account()
    {
        var token = Bodies.NewToken();
        var mine = await session.Primary.CreateOkAsync(Bodies.Create(Bodies.NewVpcId(), Bodies.NewVpcId()), token);
        var theirs = await session.Secondary.CreateOkAsync(Bodies.Create(Bodies.NewVpcId(), Bodies.NewVpcId()), token);
        Assert.NotEqual(mine, theirs);
    }

    [Fact]
    public async Task A_failed_request_does_not_bind_its_token()
    {
        var token = Bodies.NewToken();
        var vpc = Bodies.NewVpcId();
        using (var failed = await session.Primary.CreateAsync(Bodies.Create(vpc, vpc), token))
        {
            await failed.ShouldBeErrorAsync(400, "PeerConn.SameVpc");
        }

        await session.Primary.CreateOkAsync(Bodies.Create(vpc, Bodies.NewVpcId()), token);
    }

    [Fact]
    public async Task A_token_longer_than_64_characters_is_InvalidHTTPRequest()
    {
        using var response = await session.Primary.CreateAsync(Bodies.Create(Bodies.NewVpcId(), Bodies.NewVpcId()), new string('t', 65));
        await response.ShouldBeErrorAsync(400, "InvalidHTTPRequest");
    }

    [Fact]
    public async Task A_token_is_forgotten_24_hours_after_it_was_last_seen()
    {
        await using var own = await EmulatorSession.StartAsync();
        var token = Bodies.NewToken();
        var body = Bodies.Create(Bodies.NewVpcId(), Bodies.NewVpcId());
        var first = await own.Primary.CreateOkAsync(body, token);

        own.Time.Advance(TimeSpan.FromHours(23));
        Assert.Equal(first, await own.Primary.CreateOkAsync(body, token));

        own.Time.Advance(TimeSpan.FromHours(23));
        Assert.Equal(first, await own.Primary.CreateOkAsync(body, token));
        Assert.Equal(1, own.Emulator.State.IdempotencyTokenCount);

        own.Time.Advance(TimeSpan.FromHours(24));
        Assert.Equal(0, own.Emulator.State.IdempotencyTokenCount);
        var fresh = await own.Primary.CreateOkAsync(Bodies.Create(Bodies.NewVpcId(), Bodies.NewVpcId()), token);
        Assert.NotEqual(first, fresh);
    }
}
