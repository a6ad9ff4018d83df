using Bce.Runtime.Credentials;
using Bce.Runtime.Errors;
using Bce.Runtime.Pipeline;
using Bce.Runtime.Tests.TestSupport;

namespace Bce.Runtime.Tests.Pipeline;

/// <summary>
/// Whether a failed write may have been applied is judged on the whole history of the call: an attempt that may have
/// reached the service keeps the outcome unknown, whatever later attempts answer.
/// </summary>
public sealed class OutcomeUnknownTests
{
    private const string Unavailable = "{\"code\":\"ServiceUnavailable\",\"message\":\"try later\"}";

    private static BceRequestMessage Write()
    {
        var message = new BceRequestMessage(HttpMethod.Post, "/v1/widget", "CreateWidget");
        message.SetClientToken(IdempotencyToken.Create());
        return message;
    }

    [Fact]
    public async Task Write_dropped_after_sending_then_refused_with_503_is_a_service_error_with_an_unknown_outcome()
    {
        await using var harness = await PipelineHarness.StartAsync();
        harness.Server.Then((context, _) => LoopbackServer.Drop(context)).Otherwise(503, Unavailable);
        var message = Write();

        var error = await Assert.ThrowsAsync<BceServiceException>(() => harness.Pipeline.SendAsync(message));

        Assert.Equal((503, 4), (error.StatusCode, error.Attempts));
        Assert.True(error.IsOutcomeUnknown);
        Assert.Equal(message.ClientToken, error.ClientToken);
        Assert.Contains("outcome unknown", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Write_refused_with_503_on_every_attempt_is_known_not_applied()
    {
        await using var harness = await PipelineHarness.StartAsync();
        harness.Server.Otherwise(503, Unavailable);

        var error = await Assert.ThrowsAsync<BceServiceException>(() => harness.Pipeline.SendAsync(Write()));

        Assert.False(error.IsOutcomeUnknown);
        Assert.DoesNotContain("outcome unknown", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(504)]
    public async Task Write_answered_with_a_server_failure_may_have_been_applied(int status)
    {
        await using var harness = await PipelineHarness.StartAsync(o => o.Retry.MaxRetries = 0);
        harness.Server.Otherwise(status, "");

        var error = await Assert.ThrowsAsync<BceServiceException>(() => harness.Pipeline.SendAsync(Write()));

        Assert.True(error.IsOutcomeUnknown);
    }

    [Fact]
    public async Task Read_dropped_then_refused_is_never_an_unknown_outcome()
    {
        await using var harness = await PipelineHarness.StartAsync();
        harness.Server.Then((context, _) => LoopbackServer.Drop(context)).Otherwise(503, Unavailable);

        var error = await Assert.ThrowsAsync<BceServiceException>(() => harness.Pipeline.SendAsync(new BceRequestMessage(HttpMethod.Get, "/v1/widget", "ListWidgets")));

        Assert.False(error.IsOutcomeUnknown);
    }

    [Fact]
    public async Task Write_answered_2xx_with_an_unreadable_body_was_applied_and_says_so()
    {
        await using var harness = await PipelineHarness.StartAsync();
        harness.Server.Otherwise(200, "not json");

        var error = await Assert.ThrowsAsync<BceClientException>(() => harness.Pipeline.SendAsync<Widget>(Write()));

        Assert.True(error.IsOutcomeUnknown);
    }

    [Fact]
    public async Task Write_dropped_then_failing_on_credentials_keeps_the_unknown_outcome()
    {
        var calls = 0;
        var credentials = new DelegateCredentialProvider(() => ++calls == 1
            ? new BceCredentials(TestKeys.AccessKeyId, TestKeys.SecretAccessKey)
            : throw new InvalidOperationException("vault unreachable"));
        await using var harness = await PipelineHarness.StartAsync(credentials: credentials);
        harness.Server.Otherwise((context, _) => LoopbackServer.Drop(context));

        var error = await Assert.ThrowsAsync<BceClientException>(() => harness.Pipeline.SendAsync(Write()));

        Assert.Equal(2, error.Attempts);
        Assert.True(error.IsOutcomeUnknown);
    }

    private sealed class DelegateCredentialProvider(Func<BceCredentials> get) : BceCredentialProvider
    {
        public override ValueTask<BceCredentials> GetCredentialsAsync(CancellationToken cancellationToken = default) => ValueTask.FromResult(get());
    }
}
