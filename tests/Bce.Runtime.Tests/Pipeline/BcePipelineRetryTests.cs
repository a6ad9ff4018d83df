using Bce.Runtime.Errors;
using Bce.Runtime.Pipeline;
using Microsoft.AspNetCore.Http;

namespace Bce.Runtime.Tests.Pipeline;

/// <summary>Retries over real loopback HTTP; the clock is fake, so no test waits on real back-off.</summary>
public sealed class BcePipelineRetryTests
{
    private static BceRequestMessage CreateMessage()
    {
        var message = new BceRequestMessage(HttpMethod.Post, "/v1/widget", "CreateWidget");
        message.SetClientToken(IdempotencyToken.Create());
        message.SetJsonContent(w =>
        {
            w.WriteStartObject();
            w.WriteNumber("size", 1);
            w.WriteEndObject();
        });
        return message;
    }

    [Theory]
    [InlineData(500, "{\"code\":\"InternalError\",\"message\":\"boom\"}")]
    [InlineData(502, "")]
    [InlineData(503, "{\"code\":\"ServiceUnavailable\"}")]
    [InlineData(504, "<html>gateway timeout</html>")]
    [InlineData(429, "{\"code\":\"TooManyRequests\"}")]
    [InlineData(400, "{\"code\":\"Http400\",\"message\":\"transient\"}")]
    [InlineData(400, "{\"code\":\"RequestExpired\",\"message\":\"Request has expired.\"}")]
    [InlineData(409, "{\"code\":\"Widgets.Busy\"}")]
    public async Task Transient_answers_are_retried_with_a_fresh_signature_and_the_same_client_token(int status, string body)
    {
        await using var harness = await PipelineHarness.StartAsync();
        // The Date header agrees with the fake clock, so a RequestExpired answer teaches the client no skew.
        harness.Server.Then((context, _) => LoopbackServer.Respond(context, status, body, ("Date", harness.Time.GetUtcNow().ToString("r"))));
        var message = CreateMessage();

        var response = await harness.Pipeline.SendAsync(message);

        Assert.Equal(2, response.Attempts);
        Assert.Equal(message.ClientToken, response.ClientToken);
        var (first, second) = (harness.Server.Requests[0], harness.Server.Requests[1]);
        Assert.Equal(first.RawTarget, second.RawTarget);
        Assert.EndsWith("clientToken=" + message.ClientToken, second.RawTarget);
        Assert.Equal(first.BodyText, second.BodyText);
        Assert.Equal("2025-01-15T08:00:00Z", first.Header("x-bce-date"));
        Assert.Equal("2025-01-15T08:00:01Z", second.Header("x-bce-date"));
        Assert.NotEqual(first.Header("x-bce-request-id"), second.Header("x-bce-request-id"));
        Assert.NotEqual(first.Header("Authorization"), second.Header("Authorization"));
        SignatureVerifier.AssertValid(first, TestKeys.AccessKeyId, TestKeys.SecretAccessKey);
        SignatureVerifier.AssertValid(second, TestKeys.AccessKeyId, TestKeys.SecretAccessKey);
    }

    [Theory]
    [InlineData(400, "InvalidHTTPRequest")]
    [InlineData(400, "SignatureDoesNotMatch")]
    [InlineData(403, "AccessDenied")]
    [InlineData(404, "NoSuchObject")]
    [InlineData(409, "Widgets.VpcPairExists")]
    [InlineData(412, "PreconditionFailed")]
    public async Task Other_errors_are_not_retried(int status, string code)
    {
        await using var harness = await PipelineHarness.StartAsync();
        harness.Server.Otherwise(status, $"{{\"code\":\"{code}\",\"message\":\"no\",\"requestId\":\"r-1\"}}");

        var error = await Assert.ThrowsAsync<BceServiceException>(() => harness.Pipeline.SendAsync(CreateMessage()));

        Assert.Single(harness.Server.Requests);
        Assert.Equal((status, code, "no", "r-1", 1), (error.StatusCode, error.ErrorCode, error.ErrorMessage, error.RequestId, error.Attempts));
    }

    [Fact]
    public async Task Retries_stop_after_max_retries_and_the_last_answer_surfaces()
    {
        await using var harness = await PipelineHarness.StartAsync();
        harness.Server.Otherwise(503, "{\"code\":\"ServiceUnavailable\",\"message\":\"try later\"}");
        var message = CreateMessage();

        var error = await Assert.ThrowsAsync<BceServiceException>(() => harness.Pipeline.SendAsync(message));

        Assert.Equal(4, harness.Server.Requests.Count);
        Assert.Equal(4, error.Attempts);
        Assert.Equal(message.ClientToken, error.ClientToken);
        Assert.Equal("CreateWidget", error.OperationName);
        Assert.All(harness.Server.Requests, r => Assert.EndsWith("clientToken=" + message.ClientToken, r.RawTarget));
    }

    [Fact]
    public async Task Zero_max_retries_sends_once()
    {
        await using var harness = await PipelineHarness.StartAsync(o => o.Retry.MaxRetries = 0);
        harness.Server.Otherwise(503, "");

        await Assert.ThrowsAsync<BceServiceException>(() => harness.Pipeline.SendAsync(CreateMessage()));

        Assert.Single(harness.Server.Requests);
    }

    [Fact]
    public async Task Back_off_waits_for_the_configured_delay()
    {
        await using var harness = await PipelineHarness.StartAsync(o => o.Retry.Delay = TimeSpan.FromSeconds(2));
        harness.Server.Then(500, "").Then(500, "");

        var call = harness.Pipeline.SendAsync(CreateMessage());
        await PipelineHarness.WaitUntil(() => harness.Server.Requests.Count == 1);
        await harness.AdvanceUntil(() => harness.Server.Requests.Count == 3, TimeSpan.FromMilliseconds(250));
        await call;

        // Each arrival moves the clock 1 s; the client then waits 2 s, then 4 s (exponential) before retrying.
        var arrivals = harness.Arrivals;
        Assert.Equal(3, arrivals.Count);
        Assert.True(arrivals[1] - arrivals[0] >= TimeSpan.FromSeconds(3), $"first retry after {arrivals[1] - arrivals[0]}");
        Assert.True(arrivals[2] - arrivals[1] >= TimeSpan.FromSeconds(5), $"second retry after {arrivals[2] - arrivals[1]}");
    }

    [Theory]
    [InlineData("3")]
    [InlineData("Wed, 15 Jan 2025 08:00:04 GMT")]
    public async Task Retry_after_is_honoured_in_seconds_or_as_a_date(string retryAfter)
    {
        await using var harness = await PipelineHarness.StartAsync();
        harness.Server.Then(503, "", ("Retry-After", retryAfter));

        var call = harness.Pipeline.SendAsync(CreateMessage());
        await PipelineHarness.WaitUntil(() => harness.Server.Requests.Count == 1);
        await harness.AdvanceUntil(() => harness.Server.Requests.Count == 2, TimeSpan.FromMilliseconds(250));
        var response = await call;

        // The answer leaves at 08:00:01; the retry must not come before 08:00:04.
        Assert.Equal(2, response.Attempts);
        Assert.True(harness.Arrivals[1] >= TestKeys.Epoch.AddSeconds(4), $"retried at {harness.Arrivals[1]:O}");
    }

    [Fact]
    public async Task Retry_after_longer_than_max_delay_is_not_retried_and_is_reported()
    {
        await using var harness = await PipelineHarness.StartAsync();
        harness.Server.Otherwise(429, "{\"code\":\"TooManyRequests\"}", ("Retry-After", "120"));

        var error = await Assert.ThrowsAsync<BceServiceException>(() => harness.Pipeline.SendAsync(CreateMessage()));

        Assert.Single(harness.Server.Requests);
        Assert.Equal(TimeSpan.FromSeconds(120), error.RetryAfter);
    }

    [Fact]
    public async Task Dropped_connection_is_retried()
    {
        await using var harness = await PipelineHarness.StartAsync();
        harness.Server.Then((context, _) => LoopbackServer.Drop(context));

        var response = await harness.Pipeline.SendAsync(CreateMessage());

        Assert.Equal(2, response.Attempts);
        Assert.Equal(2, harness.Server.Requests.Count);
    }

    [Fact]
    public async Task Write_that_never_got_an_answer_reports_an_unknown_outcome_with_its_client_token()
    {
        await using var harness = await PipelineHarness.StartAsync();
        harness.Server.Otherwise((context, _) => LoopbackServer.Drop(context));
        var message = CreateMessage();

        var error = await Assert.ThrowsAsync<BceClientException>(() => harness.Pipeline.SendAsync(message));

        Assert.Equal(4, harness.Server.Requests.Count);
        Assert.True(error.IsOutcomeUnknown);
        Assert.Equal(4, error.Attempts);
        Assert.Equal(message.ClientToken, error.ClientToken);
        Assert.IsType<HttpRequestException>(error.InnerException);
        TestKeys.AssertNoSecrets(error.ToString());
    }

    [Fact]
    public async Task Read_that_never_got_an_answer_is_not_an_unknown_outcome()
    {
        await using var harness = await PipelineHarness.StartAsync();
        harness.Server.Otherwise((context, _) => LoopbackServer.Drop(context));

        var error = await Assert.ThrowsAsync<BceClientException>(() => harness.Pipeline.SendAsync(new BceRequestMessage(HttpMethod.Get, "/v1/widget", "ListWidgets")));

        Assert.False(error.IsOutcomeUnknown);
    }

    [Fact]
    public async Task Refused_connection_is_retried_and_known_not_to_have_reached_the_service()
    {
        await using var harness = await PipelineHarness.StartAsync();
        var closedPort = harness.Server.BaseUri;
        await harness.Server.DisposeAsync();
        using var pipeline = new BcePipeline(
            PipelineHarness.Service,
            new Bce.Runtime.Credentials.StaticCredentialProvider("ak", "sk"),
            new BceClientOptions { Endpoint = closedPort, TimeProvider = harness.Time, Retry = { Delay = TimeSpan.Zero } });

        var error = await Assert.ThrowsAsync<BceClientException>(() => pipeline.SendAsync(CreateMessage()));

        Assert.Equal(4, error.Attempts);
        Assert.False(error.IsOutcomeUnknown);
    }

    [Fact]
    public async Task Attempt_timeout_is_retried()
    {
        await using var harness = await PipelineHarness.StartAsync(o => o.AttemptTimeout = TimeSpan.FromSeconds(10));
        // The first request "takes" 11 s: the server moves the clock past the attempt timeout and never answers.
        harness.Server.Then(async (context, _) =>
        {
            harness.Time.Advance(TimeSpan.FromSeconds(11));
            await Task.Delay(Timeout.Infinite, context.RequestAborted).ContinueWith(_ => { });
        });

        var response = await harness.Pipeline.SendAsync(CreateMessage());

        Assert.Equal(2, response.Attempts);
    }

    [Fact]
    public async Task Attempt_timeout_on_every_attempt_is_a_client_error_naming_the_timeout()
    {
        await using var harness = await PipelineHarness.StartAsync(o =>
        {
            o.AttemptTimeout = TimeSpan.FromSeconds(10);
            o.Retry.MaxRetries = 1;
        });
        harness.Server.Otherwise(async (context, _) =>
        {
            harness.Time.Advance(TimeSpan.FromSeconds(11));
            await Task.Delay(Timeout.Infinite, context.RequestAborted).ContinueWith(_ => { });
        });

        var error = await Assert.ThrowsAsync<BceClientException>(() => harness.Pipeline.SendAsync(CreateMessage()));

        Assert.Equal(2, error.Attempts);
        Assert.Contains("attempt timeout", error.Message);
        Assert.True(error.IsOutcomeUnknown);
    }

    [Fact]
    public async Task Overall_timeout_stops_retrying_and_says_so()
    {
        await using var harness = await PipelineHarness.StartAsync(o =>
        {
            o.AttemptTimeout = TimeSpan.FromSeconds(10);
            o.Timeout = TimeSpan.FromSeconds(12);
        });
        // Every request "takes" 7 s, so the second one crosses the 12 s budget while it is in flight.
        harness.Server.OnRequest = _ => harness.Time.Advance(TimeSpan.FromSeconds(7));
        harness.Server.Otherwise(503, "");

        var error = await Assert.ThrowsAsync<BceClientException>(() => harness.Pipeline.SendAsync(CreateMessage()));

        Assert.Contains("overall timeout", error.Message);
        Assert.Equal(2, error.Attempts);
    }

    [Fact]
    public async Task Cancellation_during_a_request_is_not_retried_and_surfaces_as_cancellation()
    {
        await using var harness = await PipelineHarness.StartAsync();
        harness.Server.Otherwise(async (context, _) => await Task.Delay(Timeout.Infinite, context.RequestAborted).ContinueWith(_ => { }));
        using var cancellation = new CancellationTokenSource();

        var call = harness.Pipeline.SendAsync(CreateMessage(), cancellation.Token);
        await PipelineHarness.WaitUntil(() => harness.Server.Requests.Count == 1);
        await cancellation.CancelAsync();

        var error = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        Assert.Equal(cancellation.Token, error.CancellationToken);
        Assert.Single(harness.Server.Requests);
    }

    [Fact]
    public async Task Cancellation_during_back_off_is_not_retried()
    {
        await using var harness = await PipelineHarness.StartAsync();
        harness.Server.Otherwise(503, "", ("Retry-After", "10"));
        using var cancellation = new CancellationTokenSource();

        var call = harness.Pipeline.SendAsync(CreateMessage(), cancellation.Token);
        await PipelineHarness.WaitUntil(() => harness.Server.Requests.Count == 1);
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        Assert.Single(harness.Server.Requests);
    }

    [Fact]
    public async Task Already_cancelled_token_sends_nothing()
    {
        await using var harness = await PipelineHarness.StartAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => harness.Pipeline.SendAsync(CreateMessage(), new CancellationToken(canceled: true)));

        Assert.Empty(harness.Server.Requests);
    }

    [Fact]
    public async Task Request_expired_retry_signs_with_the_service_clock()
    {
        await using var harness = await PipelineHarness.StartAsync();
        // The service is an hour ahead of the (fake) local clock and says so in its Date header.
        harness.Server.Then(400, "{\"code\":\"RequestExpired\",\"message\":\"Request has expired.\"}", ("Date", "Wed, 15 Jan 2025 09:00:01 GMT"));

        var response = await harness.Pipeline.SendAsync(CreateMessage());

        Assert.Equal(2, response.Attempts);
        Assert.Equal("2025-01-15T08:00:00Z", harness.Server.Requests[0].Header("x-bce-date"));
        Assert.Equal("2025-01-15T09:00:01Z", harness.Server.Requests[1].Header("x-bce-date"));
        Assert.Equal(TimeSpan.FromHours(1), harness.Pipeline.ClockSkew);
        SignatureVerifier.AssertValid(harness.Server.Requests[1], TestKeys.AccessKeyId, TestKeys.SecretAccessKey);
    }
}
