using Bce.Runtime.Errors;
using Bce.Runtime.Pipeline;

namespace Bce.Runtime.Tests.Pipeline;

/// <summary>
/// The caller's cancellation is an <see cref="OperationCanceledException"/> with the caller's token, as everywhere in
/// .NET, and it is a <see cref="BceOperationCanceledException"/> that tells a cancelled write apart: whether an
/// attempt may already have been applied, and the client token to resume with.
/// </summary>
public sealed class CallerCancellationTests
{
    [Fact]
    public async Task Cancelled_write_after_sending_may_have_been_applied_and_carries_its_client_token()
    {
        await using var harness = await PipelineHarness.StartAsync();
        harness.Server.Otherwise(async (context, _) => await Task.Delay(Timeout.Infinite, context.RequestAborted).ContinueWith(_ => { }));
        using var cancellation = new CancellationTokenSource();
        var message = Write();

        var call = harness.Pipeline.SendAsync(message, cancellation.Token);
        await PipelineHarness.WaitUntil(() => harness.Server.Requests.Count == 1);
        await cancellation.CancelAsync();

        var error = await Assert.ThrowsAsync<BceOperationCanceledException>(() => call);
        Assert.Equal(cancellation.Token, error.CancellationToken);
        Assert.True(call.IsCanceled);
        Assert.True(error.IsOutcomeUnknown);
        Assert.Equal((message.ClientToken, 1, "CreateWidget"), (error.ClientToken, error.Attempts, error.OperationName));
        Assert.Contains("outcome unknown", error.Message, StringComparison.Ordinal);
        TestKeys.AssertNoSecrets(error.ToString());
    }

    [Fact]
    public async Task Cancelled_read_is_never_an_unknown_outcome()
    {
        await using var harness = await PipelineHarness.StartAsync();
        harness.Server.Otherwise(async (context, _) => await Task.Delay(Timeout.Infinite, context.RequestAborted).ContinueWith(_ => { }));
        using var cancellation = new CancellationTokenSource();

        var call = harness.Pipeline.SendAsync(new BceRequestMessage(HttpMethod.Get, "/v1/widget", "ListWidgets"), cancellation.Token);
        await PipelineHarness.WaitUntil(() => harness.Server.Requests.Count == 1);
        await cancellation.CancelAsync();

        var error = await Assert.ThrowsAsync<BceOperationCanceledException>(() => call);
        Assert.False(error.IsOutcomeUnknown);
    }

    [Fact]
    public async Task Write_cancelled_in_back_off_after_a_500_may_have_been_applied()
    {
        await using var harness = await PipelineHarness.StartAsync(o => o.Retry.Delay = TimeSpan.FromSeconds(10));
        harness.Server.Otherwise(500, """{"requestId":"r","code":"InternalError","message":"oops"}""");
        using var cancellation = new CancellationTokenSource();

        var call = harness.Pipeline.SendAsync(Write(), cancellation.Token);
        await PipelineHarness.WaitUntil(() => harness.Server.Requests.Count == 1);
        await Task.Delay(50);
        await cancellation.CancelAsync();

        var error = await Assert.ThrowsAsync<BceOperationCanceledException>(() => call);
        Assert.True(error.IsOutcomeUnknown);
        Assert.Single(harness.Server.Requests);
    }

    [Fact]
    public async Task Write_cancelled_in_back_off_after_a_definite_refusal_was_not_applied()
    {
        await using var harness = await PipelineHarness.StartAsync(o => o.Retry.Delay = TimeSpan.FromSeconds(10));
        harness.Server.Otherwise(503, """{"requestId":"r","code":"ServiceUnavailable","message":"busy"}""");
        using var cancellation = new CancellationTokenSource();

        var call = harness.Pipeline.SendAsync(Write(), cancellation.Token);
        await PipelineHarness.WaitUntil(() => harness.Server.Requests.Count == 1);
        await Task.Delay(50);
        await cancellation.CancelAsync();

        var error = await Assert.ThrowsAsync<BceOperationCanceledException>(() => call);
        Assert.False(error.IsOutcomeUnknown);
        Assert.Equal(1, error.Attempts);
    }

    private static BceRequestMessage Write()
    {
        var message = new BceRequestMessage(HttpMethod.Post, "/v1/widget", "CreateWidget");
        message.SetClientToken(IdempotencyToken.Create());
        message.SetJsonContent(w =>
        {
            w.WriteStartObject();
            w.WriteString("name", "w");
            w.WriteEndObject();
        });
        return message;
    }
}
