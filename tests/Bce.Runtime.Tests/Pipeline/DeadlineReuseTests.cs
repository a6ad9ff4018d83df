using Bce.Runtime.Errors;
using Bce.Runtime.Pipeline;
using Bce.Runtime.Tests.TestSupport;

namespace Bce.Runtime.Tests.Pipeline;

/// <summary>
/// The call and attempt deadlines reuse reset token sources across calls (on the system clock with the sources' own
/// timers). Nothing a finished call leaves behind may reach a later call: not its caller's token, not a fired timer.
/// </summary>
public sealed class DeadlineReuseTests
{
    private static BceRequestMessage Get() => new(HttpMethod.Get, "/v1/widget", "GetWidget");

    [Fact]
    public async Task Caller_token_cancelled_after_its_call_ended_does_not_cancel_later_calls()
    {
        await using var harness = await PipelineHarness.StartAsync(o =>
        {
            o.TimeProvider = TimeProvider.System;
            o.AttemptTimeout = TimeSpan.FromMinutes(1);
            o.Timeout = TimeSpan.FromMinutes(2);
        });
        harness.Server.Otherwise(200, """{"id":"w-1"}""");

        for (var i = 0; i < 20; i++)
        {
            using var caller = new CancellationTokenSource();
            var response = await harness.Pipeline.SendAsync<Widget>(Get(), caller.Token);
            Assert.Equal("w-1", response.Value.Id);
            // Were the call's sources still linked to this token, a later call would get a cancelled one: its attempt
            // would end before sending, as a timeout, and be retried.
            caller.Cancel();
            Assert.Equal(1, response.Attempts);
        }

        for (var i = 0; i < 40; i++)
        {
            Assert.Equal(1, (await harness.Pipeline.SendAsync<Widget>(Get())).Attempts);
        }

        Assert.Equal(60, harness.Server.Requests.Count);
    }

    [Fact]
    public async Task Attempt_that_timed_out_on_the_system_clock_is_retried_and_later_calls_are_not_cut_short()
    {
        await using var harness = await PipelineHarness.StartAsync(o =>
        {
            o.TimeProvider = TimeProvider.System;
            o.AttemptTimeout = TimeSpan.FromMilliseconds(300);
            o.Timeout = TimeSpan.FromMinutes(1);
        });
        harness.Server
            .Then(async (context, _) => await Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted))
            .Otherwise(200, """{"id":"w-1"}""");

        var first = await harness.Pipeline.SendAsync<Widget>(Get());
        Assert.Equal(2, first.Attempts);

        // The fired source was dropped, not reset: these calls get sources that fire only after their own 300 ms.
        for (var i = 0; i < 10; i++)
        {
            var response = await harness.Pipeline.SendAsync<Widget>(Get());
            Assert.Equal(1, response.Attempts);
        }
    }

    [Fact]
    public async Task Caller_cancellation_during_a_call_still_stops_it_with_the_deadlines_pooled()
    {
        await using var harness = await PipelineHarness.StartAsync(o =>
        {
            o.TimeProvider = TimeProvider.System;
            o.AttemptTimeout = TimeSpan.FromMinutes(1);
            o.Timeout = TimeSpan.FromMinutes(2);
        });
        var arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        harness.Server
            .Then(async (context, _) =>
            {
                arrived.SetResult();
                await Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted);
            })
            .Otherwise(200, """{"id":"w-1"}""");
        using var caller = new CancellationTokenSource();

        var call = harness.Pipeline.SendAsync<Widget>(Get(), caller.Token);
        await arrived.Task;
        caller.Cancel();

        await Assert.ThrowsAsync<BceOperationCanceledException>(() => call);
        Assert.Equal("w-1", (await harness.Pipeline.SendAsync<Widget>(Get())).Value.Id);
    }
}
