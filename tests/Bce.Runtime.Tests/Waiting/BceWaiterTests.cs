using Bce.Runtime.Errors;
using Bce.Runtime.Waiting;

namespace Bce.Runtime.Tests.Waiting;

/// <summary>The polling loop behind generated WaitUntil…Async methods.</summary>
public sealed class BceWaiterTests
{
    private static readonly BceWaitOptions Fast = new() { MinDelay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(4), Timeout = TimeSpan.FromSeconds(10) };

    [Fact]
    public async Task Returns_the_first_answer_that_shows_a_success_value()
    {
        var answers = new Queue<string?>(["creating", null, "starting", "ACTIVE", "never read"]);
        var seen = new List<string?>();
        var options = new BceWaitOptions { MinDelay = Fast.MinDelay, MaxDelay = Fast.MaxDelay, OnPoll = seen.Add };

        var response = await BceWaiter.WaitAsync("Active", _ => Answer(answers.Dequeue()), value => value, ["active"], ["error"], options, CancellationToken.None);

        Assert.Equal("ACTIVE", response.Value);
        Assert.Equal(["creating", null, "starting", "ACTIVE"], seen);
    }

    [Fact]
    public async Task A_failure_value_stops_the_wait_at_once()
    {
        var polls = 0;

        var error = await Assert.ThrowsAsync<BceWaiterException>(() => BceWaiter.WaitAsync(
            "PeerConnActive", _ => { polls++; return Answer(polls < 3 ? "consulting" : "consult_failed"); }, value => value, ["active"], ["consult_failed"], Fast, CancellationToken.None));

        Assert.False(error.TimedOut);
        Assert.Equal("consult_failed", error.LastObserved);
        Assert.Equal(3, error.Polls);
        Assert.Equal(3, polls);
        Assert.Contains("PeerConnActive", error.Message);
    }

    [Fact]
    public async Task The_timeout_ends_a_wait_that_never_arrives()
    {
        var options = new BceWaitOptions { MinDelay = TimeSpan.FromMilliseconds(5), MaxDelay = TimeSpan.FromMilliseconds(5), Timeout = TimeSpan.FromMilliseconds(60) };

        var error = await Assert.ThrowsAsync<BceWaiterException>(() => BceWaiter.WaitAsync(
            "DnsOpen", _ => Answer("syncing"), value => value, ["open"], [], options, CancellationToken.None));

        Assert.True(error.TimedOut);
        Assert.Equal("syncing", error.LastObserved);
        Assert.True(error.Polls >= 2);
    }

    [Fact]
    public async Task Cancellation_stops_the_wait_between_polls()
    {
        using var cancellation = new CancellationTokenSource();
        var options = new BceWaitOptions { MinDelay = TimeSpan.FromSeconds(30), MaxDelay = TimeSpan.FromSeconds(30) };

        var wait = BceWaiter.WaitAsync("Active", _ => Answer("creating"), value => value, ["active"], [], options, cancellation.Token);
        cancellation.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => wait);
    }

    [Fact]
    public async Task Errors_of_a_poll_surface_unchanged()
    {
        var failure = new BceServiceException(404, "NoSuchObject", "gone", "req-1");

        var error = await Assert.ThrowsAsync<BceServiceException>(() => BceWaiter.WaitAsync<string>(
            "Active", _ => Task.FromException<BceResponse<string>>(failure), value => value, ["active"], [], Fast, CancellationToken.None));

        Assert.Same(failure, error);
    }

    [Theory]
    [InlineData(0, 1, 1)]
    [InlineData(10, 5, 1)]
    [InlineData(10, -1, 5)]
    public async Task Impossible_options_are_refused(int timeoutMs, int minMs, int maxMs)
    {
        var options = new BceWaitOptions { Timeout = TimeSpan.FromMilliseconds(timeoutMs), MinDelay = TimeSpan.FromMilliseconds(minMs), MaxDelay = TimeSpan.FromMilliseconds(maxMs) };

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => BceWaiter.WaitAsync(
            "Active", _ => Answer("active"), value => value, ["active"], [], options, CancellationToken.None));
    }

    private static Task<BceResponse<string>> Answer(string? value) =>
        Task.FromResult(new BceResponse<string>(new BceResponse(200), value!));
}
