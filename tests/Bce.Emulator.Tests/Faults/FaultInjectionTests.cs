using System.Diagnostics;
using Bce.Emulator.Tests.Infrastructure;

namespace Bce.Emulator.Tests.Faults;

/// <summary>Every fault kind over HTTP, rule matching, and the state guarantees of before- and after-write faults.</summary>
public sealed class FaultInjectionTests(EmulatorSession session) : IClassFixture<EmulatorSession>, IDisposable
{
    public void Dispose()
    {
        session.Emulator.Faults.Clear();
        session.Emulator.Faults.ResetCounters();
    }

    [Theory]
    [InlineData(FaultKind.Status500, 500, "InternalError")]
    [InlineData(FaultKind.Status503, 503, "ServiceUnavailable")]
    [InlineData(FaultKind.Http400, 400, "Http400")]
    [InlineData(FaultKind.RequestExpired, 400, "RequestExpired")]
    public async Task Envelope_faults_answer_before_handling_and_change_nothing(FaultKind kind, int status, string code)
    {
        var before = session.Emulator.State.Connections.Count;
        session.Emulator.Faults.Add(new FaultRule(kind) { Operation = OperationNames.CreatePeerConn, Times = 1 });
        using var response = await session.Primary.CreateAsync(Bodies.Create(Bodies.NewVpcId(), Bodies.NewVpcId()), Bodies.NewToken());
        await response.ShouldBeErrorAsync(status, code);
        Assert.Equal(before, session.Emulator.State.Connections.Count);
        Assert.Equal(1, session.Emulator.Faults.FaultsFired[kind]);
    }

    [Fact]
    public async Task Status502_answers_a_gateway_page_that_is_not_json()
    {
        session.Emulator.Faults.Add(new FaultRule(FaultKind.Status502) { Times = 1 });
        using var response = await session.Primary.ListAsync();
        Assert.Equal(502, (int)response.StatusCode);
        Assert.Equal("text/html", ResponseAssertions.RawContentType(response));
        Assert.StartsWith("<html>", await response.Content.ReadAsStringAsync());
        Assert.Single(response.Headers.GetValues("x-bce-request-id"));
    }

    [Fact]
    public async Task DropConnection_aborts_before_handling_and_changes_nothing()
    {
        var before = session.Emulator.State.Connections.Count;
        session.Emulator.Faults.Add(new FaultRule(FaultKind.DropConnection) { Operation = OperationNames.CreatePeerConn, Times = 1 });
        await Assert.ThrowsAsync<HttpRequestException>(() => session.Primary.CreateAsync(Bodies.Create(Bodies.NewVpcId(), Bodies.NewVpcId())));
        Assert.Equal(before, session.Emulator.State.Connections.Count);
        await session.Primary.CreateOkAsync(Bodies.Create(Bodies.NewVpcId(), Bodies.NewVpcId()));
    }

    [Fact]
    public async Task Delay_holds_the_request_then_handles_it()
    {
        session.Emulator.Faults.Add(new FaultRule(FaultKind.Delay) { Delay = TimeSpan.FromMilliseconds(300), Times = 1 });
        var clock = Stopwatch.StartNew();
        using var response = await session.Primary.ListAsync();
        await response.ShouldBeJsonAsync();
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(280), $"Answered after {clock.Elapsed}.");
    }

    [Fact]
    public async Task TruncatedBody_on_a_read_cuts_the_real_body()
    {
        var id = await Scenarios.SameAccountAsync(session);
        session.Emulator.Faults.Add(new FaultRule(FaultKind.TruncatedBody) { Operation = OperationNames.GetPeerConnDetail, Times = 1 });
        await Assert.ThrowsAsync<HttpRequestException>(async () =>
        {
            using var response = await session.Primary.GetDetailAsync(id);
            await response.Content.ReadAsByteArrayAsync();
        });
        await session.Primary.GetDetailOkAsync(id);
    }

    [Fact]
    public async Task TruncatedBody_on_a_write_does_not_handle_it()
    {
        var before = session.Emulator.State.Connections.Count;
        session.Emulator.Faults.Add(new FaultRule(FaultKind.TruncatedBody) { Operation = OperationNames.CreatePeerConn, Times = 1 });
        await Assert.ThrowsAsync<HttpRequestException>(async () =>
        {
            using var response = await session.Primary.CreateAsync(Bodies.Create(Bodies.NewVpcId(), Bodies.NewVpcId()));
            await response.Content.ReadAsByteArrayAsync();
        });
        Assert.Equal(before, session.Emulator.State.Connections.Count);
    }

    [Fact]
    public async Task Status500AfterWrite_applies_the_write_and_a_retry_with_the_token_gets_the_first_result()
    {
        var before = session.Emulator.State.Connections.Select(c => c.PeerConnId).ToHashSet();
        var token = Bodies.NewToken();
        var body = Bodies.Create(Bodies.NewVpcId(), Bodies.NewVpcId());
        session.Emulator.Faults.Add(new FaultRule(FaultKind.Status500AfterWrite) { Operation = OperationNames.CreatePeerConn, Times = 1 });
        using (var failed = await session.Primary.CreateAsync(body, token))
        {
            await failed.ShouldBeErrorAsync(500, "InternalError");
        }

        var created = Assert.Single(session.Emulator.State.Connections, c => !before.Contains(c.PeerConnId));
        Assert.Equal(created.PeerConnId, await session.Primary.CreateOkAsync(body, token));
        Assert.Equal(before.Count + 1, session.Emulator.State.Connections.Count);
    }

    [Fact]
    public async Task DropConnectionAfterWrite_applies_the_write_and_a_retry_with_the_token_gets_the_first_result()
    {
        var id = await Scenarios.SameAccountAsync(session);
        var token = Bodies.NewToken();
        session.Emulator.Faults.Add(new FaultRule(FaultKind.DropConnectionAfterWrite) { Operation = OperationNames.DeletePeerConn, Times = 1 });
        await Assert.ThrowsAsync<HttpRequestException>(() => session.Primary.DeleteAsync(id, token));
        Assert.True(session.Emulator.State.Find(id)!.IsDeleted);
        using var retry = await session.Primary.DeleteAsync(id, token);
        await retry.ShouldBeEmptyOkAsync();
    }

    [Fact]
    public async Task A_rule_for_one_operation_leaves_the_others_alone()
    {
        session.Emulator.Faults.Add(new FaultRule(FaultKind.Status503) { Operation = OperationNames.CreatePeerConn });
        using var list = await session.Primary.ListAsync();
        await list.ShouldBeJsonAsync();
        using var create = await session.Primary.CreateAsync(Bodies.Create(Bodies.NewVpcId(), Bodies.NewVpcId()));
        await create.ShouldBeErrorAsync(503, "ServiceUnavailable");
    }

    [Fact]
    public async Task Times_fails_the_next_n_matching_requests_then_retires()
    {
        session.Emulator.Faults.Add(new FaultRule(FaultKind.Status500) { Operation = OperationNames.ListPeerConn, Times = 2 });
        var statuses = new List<int>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await session.Primary.ListAsync();
            statuses.Add((int)response.StatusCode);
        }

        Assert.Equal([500, 500, 200, 200], statuses);
        Assert.Empty(session.Emulator.Faults.Rules);
    }

    [Fact]
    public async Task Nth_fails_only_the_nth_matching_request()
    {
        session.Emulator.Faults.Add(new FaultRule(FaultKind.Status503) { Operation = OperationNames.ListPeerConn, Nth = 3 });
        var statuses = new List<int>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await session.Primary.ListAsync();
            statuses.Add((int)response.StatusCode);
        }

        Assert.Equal([200, 200, 503, 200], statuses);
    }

    [Fact]
    public async Task Counters_report_requests_per_operation_and_faults_per_kind()
    {
        session.Emulator.Faults.Add(new FaultRule(FaultKind.Http400) { Operation = OperationNames.ListPeerConn, Nth = 2 });
        for (var i = 0; i < 3; i++)
        {
            using var response = await session.Primary.ListAsync();
        }

        using (await session.Primary.GetDetailAsync("peerconn-000000000000"))
        {
        }

        Assert.Equal(3, session.Emulator.Faults.RequestsSeen[OperationNames.ListPeerConn]);
        Assert.Equal(1, session.Emulator.Faults.RequestsSeen[OperationNames.GetPeerConnDetail]);
        Assert.Equal(1, session.Emulator.Faults.FaultsFired[FaultKind.Http400]);
        Assert.Equal(1, session.Emulator.Faults.TotalFaultsFired);
    }
}
