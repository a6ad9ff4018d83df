using System.Diagnostics;
using Bce.Runtime.Credentials;
using Bce.Runtime.Errors;
using Bce.Runtime.Pipeline;
using Bce.Runtime.Signing;
using Bce.Runtime.Sts;
using Bce.Runtime.Telemetry;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Time.Testing;

namespace Bce.Runtime.Tests.Telemetry;

/// <summary>
/// Real calls over loopback HTTP observed the way OpenTelemetry observes them: an activity listener on
/// <c>Bce.Runtime</c> and <c>System.Net.Http</c>, a meter listener on <c>Bce.Runtime</c>. Each test uses its own
/// operation name so that it only looks at its own calls. The fake clock moves one second per request, so call
/// durations are whole seconds.
/// </summary>
[Collection(TelemetryCollection.Name)]
public sealed class TracingAndMetricsTests
{
    private const string BodySecret = "body-secret-7f3a9c";
    private const string QuerySecret = "query-secret-51d2";

    private static BceRequestMessage CreateMessage(string operation)
    {
        var message = new BceRequestMessage(HttpMethod.Post, "/v1/widget", operation);
        message.AddQuery("signature", QuerySecret);
        message.SetClientToken(IdempotencyToken.Create());
        message.SetJsonContent(w =>
        {
            w.WriteStartObject();
            w.WriteString("adminPassword", BodySecret);
            w.WriteEndObject();
        });
        return message;
    }

    private static StaticCredentialProvider SessionCredentials() =>
        new(TestKeys.AccessKeyId, TestKeys.SecretAccessKey, TestKeys.SessionToken);

    [Fact]
    public async Task Successful_call_is_one_client_activity_with_its_tags_and_HttpClient_activity_as_a_child()
    {
        using var capture = new TelemetryCapture();
        await using var harness = await PipelineHarness.StartAsync(credentials: SessionCredentials());
        harness.Server.Then(200, "{}");
        var message = CreateMessage("TraceSuccess");

        var response = await harness.Pipeline.SendAsync(message);

        var call = Assert.Single(capture.Calls("TraceSuccess"));
        Assert.Equal(("Widgets.TraceSuccess", ActivityKind.Client, ActivityStatusCode.Unset), (call.DisplayName, call.Kind, call.Status));
        Assert.Equal(typeof(BcePipeline).Assembly.GetName().Version!.ToString(), call.Source.Version);
        Assert.Equal("Widgets", call.GetTagItem(BceDiagnostics.ServiceTag));
        Assert.Equal(message.ClientToken, call.GetTagItem(BceDiagnostics.ClientTokenTag));
        Assert.Equal(response.RequestId, call.GetTagItem(BceDiagnostics.RequestIdTag));
        Assert.StartsWith("server-", response.RequestId);
        Assert.Equal(1, call.GetTagItem(BceDiagnostics.AttemptsTag));
        Assert.Equal(200, call.GetTagItem("http.response.status_code"));
        Assert.Equal("success", call.GetTagItem(BceDiagnostics.OutcomeTag));
        Assert.Equal("POST", call.GetTagItem("http.request.method"));
        Assert.Equal("127.0.0.1", call.GetTagItem("server.address"));
        Assert.Equal(harness.Server.BaseUri.Port, call.GetTagItem("server.port"));
        Assert.Null(call.GetTagItem(BceDiagnostics.ErrorCodeTag));
        Assert.Null(call.GetTagItem("error.type"));
        Assert.Empty(call.Events);
        Assert.Null(Activity.Current);

        // HttpClient's activity hangs under ours, and the service receives our trace in traceparent.
        var http = Assert.Single(capture.HttpChildren(call));
        Assert.Equal(call.TraceId, http.TraceId);
        Assert.Contains(call.TraceId.ToHexString(), Assert.Single(harness.Server.Requests).Header("traceparent"));
        SignatureVerifier.AssertValid(harness.Server.Requests[0], TestKeys.AccessKeyId, TestKeys.SecretAccessKey);

        var duration = Assert.Single(capture.Measurements(BceDiagnostics.CallDurationInstrument, "TraceSuccess"));
        Assert.Equal(1.0, duration.Value);
        AssertMetricTags(duration, BceDiagnostics.OutcomeTag, "success");
        var attempt = Assert.Single(capture.Measurements(BceDiagnostics.AttemptsInstrument, "TraceSuccess"));
        Assert.Equal(1, attempt.Value);
        AssertMetricTags(attempt, BceDiagnostics.OutcomeTag, "success");
        Assert.Empty(capture.Measurements(BceDiagnostics.RetriesInstrument, "TraceSuccess"));
        AssertNothingSecret(capture, harness.Server.Requests, TestKeys.SecretAccessKey, TestKeys.SessionToken);
    }

    [Fact]
    public async Task Retried_call_is_still_one_activity_with_a_retry_event_per_retry_and_counts_each_attempt()
    {
        using var capture = new TelemetryCapture();
        await using var harness = await PipelineHarness.StartAsync(credentials: SessionCredentials());
        harness.Server
            .Then(503, "{\"code\":\"ServiceUnavailable\",\"message\":\"busy\"}")
            .Then(200, "{}");

        var response = await harness.Pipeline.SendAsync(CreateMessage("TraceRetry"));

        Assert.Equal(2, response.Attempts);
        var call = Assert.Single(capture.Calls("TraceRetry"));
        Assert.Equal(ActivityStatusCode.Unset, call.Status);
        Assert.Equal((2, 200, "success"), (call.GetTagItem(BceDiagnostics.AttemptsTag), call.GetTagItem("http.response.status_code"), call.GetTagItem(BceDiagnostics.OutcomeTag)));
        Assert.Equal(response.RequestId, call.GetTagItem(BceDiagnostics.RequestIdTag));
        var retry = Assert.Single(call.Events);
        Assert.Equal(BceDiagnostics.RetryEventName, retry.Name);
        var retryTags = retry.Tags.ToDictionary();
        Assert.Equal(1, retryTags[BceDiagnostics.AttemptTag]);
        Assert.Equal("503 ServiceUnavailable", retryTags[BceDiagnostics.RetryReasonTag]);
        Assert.Equal(0L, retryTags[BceDiagnostics.RetryDelayTag]);
        Assert.Equal(2, capture.HttpChildren(call).Count);

        var attempts = capture.Measurements(BceDiagnostics.AttemptsInstrument, "TraceRetry");
        Assert.Equal(["5xx", "success"], attempts.Select(a => (string)a[BceDiagnostics.OutcomeTag]!));
        var retryCount = Assert.Single(capture.Measurements(BceDiagnostics.RetriesInstrument, "TraceRetry"));
        Assert.Equal(1, retryCount.Value);
        AssertMetricTags(retryCount, BceDiagnostics.RetryReasonTag, "503");
        var duration = Assert.Single(capture.Measurements(BceDiagnostics.CallDurationInstrument, "TraceRetry"));
        Assert.Equal(2.0, duration.Value);
        AssertMetricTags(duration, BceDiagnostics.OutcomeTag, "success");
        AssertNothingSecret(capture, harness.Server.Requests, TestKeys.SecretAccessKey, TestKeys.SessionToken);
    }

    [Fact]
    public async Task Service_error_marks_the_activity_error_with_the_code_and_the_last_request_id()
    {
        using var capture = new TelemetryCapture();
        await using var harness = await PipelineHarness.StartAsync(credentials: SessionCredentials());
        harness.Server
            .Then(503, "{\"code\":\"ServiceUnavailable\",\"message\":\"busy\"}")
            .Otherwise(403, "{\"code\":\"AccessDenied\",\"message\":\"no\",\"requestId\":\"denied-1\"}");

        var error = await Assert.ThrowsAsync<BceServiceException>(() => harness.Pipeline.SendAsync(CreateMessage("TraceError")));

        Assert.Equal(2, error.Attempts);
        var call = Assert.Single(capture.Calls("TraceError"));
        Assert.Equal((ActivityStatusCode.Error, "403 AccessDenied"), (call.Status, call.StatusDescription));
        Assert.Equal("AccessDenied", call.GetTagItem(BceDiagnostics.ErrorCodeTag));
        Assert.Equal("AccessDenied", call.GetTagItem("error.type"));
        Assert.Equal("denied-1", call.GetTagItem(BceDiagnostics.RequestIdTag));
        Assert.Equal((2, 403, "4xx"), (call.GetTagItem(BceDiagnostics.AttemptsTag), call.GetTagItem("http.response.status_code"), call.GetTagItem(BceDiagnostics.OutcomeTag)));

        var attempts = capture.Measurements(BceDiagnostics.AttemptsInstrument, "TraceError");
        Assert.Equal(["5xx", "4xx"], attempts.Select(a => (string)a[BceDiagnostics.OutcomeTag]!));
        AssertMetricTags(Assert.Single(capture.Measurements(BceDiagnostics.CallDurationInstrument, "TraceError")), BceDiagnostics.OutcomeTag, "4xx");
        AssertNothingSecret(capture, harness.Server.Requests, TestKeys.SecretAccessKey, TestKeys.SessionToken);
    }

    [Fact]
    public async Task Call_without_an_answer_is_an_error_named_by_the_failure_kind_and_retries_count_as_network()
    {
        using var capture = new TelemetryCapture();
        await using var harness = await PipelineHarness.StartAsync(o => o.Retry.MaxRetries = 1, SessionCredentials());
        harness.Server.Otherwise((context, _) => LoopbackServer.Drop(context));

        await Assert.ThrowsAsync<BceClientException>(() => harness.Pipeline.SendAsync(CreateMessage("TraceNetwork")));

        var call = Assert.Single(capture.Calls("TraceNetwork"));
        Assert.Equal(ActivityStatusCode.Error, call.Status);
        Assert.StartsWith("HttpRequestException", call.StatusDescription);
        Assert.Equal(("network", "network", 2), (call.GetTagItem(BceDiagnostics.OutcomeTag), call.GetTagItem("error.type"), call.GetTagItem(BceDiagnostics.AttemptsTag)));
        Assert.Null(call.GetTagItem("http.response.status_code"));
        Assert.StartsWith("HttpRequestException", (string)Assert.Single(call.Events).Tags.ToDictionary()[BceDiagnostics.RetryReasonTag]!);

        Assert.Equal(["network", "network"], capture.Measurements(BceDiagnostics.AttemptsInstrument, "TraceNetwork").Select(a => (string)a[BceDiagnostics.OutcomeTag]!));
        AssertMetricTags(Assert.Single(capture.Measurements(BceDiagnostics.RetriesInstrument, "TraceNetwork")), BceDiagnostics.RetryReasonTag, "network");
        AssertMetricTags(Assert.Single(capture.Measurements(BceDiagnostics.CallDurationInstrument, "TraceNetwork")), BceDiagnostics.OutcomeTag, "network");
    }

    [Fact]
    public async Task Unreadable_answer_is_an_error_naming_the_parser_exception_type_while_the_attempt_counts_as_success()
    {
        using var capture = new TelemetryCapture();
        await using var harness = await PipelineHarness.StartAsync();
        harness.Server.Then(200, $"{{\"id\":{{\"nested\":\"{BodySecret}\"}}}}");

        await Assert.ThrowsAsync<BceClientException>(() => harness.Pipeline.SendAsync<Widget>(new BceRequestMessage(HttpMethod.Get, "/v1/widget/w-1", "TraceUnreadable")));

        var call = Assert.Single(capture.Calls("TraceUnreadable"));
        Assert.Equal((ActivityStatusCode.Error, "200 answer unreadable (JsonException)"), (call.Status, call.StatusDescription));
        Assert.Equal(("unreadable", "unreadable", 200), (call.GetTagItem(BceDiagnostics.OutcomeTag), call.GetTagItem("error.type"), call.GetTagItem("http.response.status_code")));
        AssertMetricTags(Assert.Single(capture.Measurements(BceDiagnostics.AttemptsInstrument, "TraceUnreadable")), BceDiagnostics.OutcomeTag, "success");
        AssertMetricTags(Assert.Single(capture.Measurements(BceDiagnostics.CallDurationInstrument, "TraceUnreadable")), BceDiagnostics.OutcomeTag, "unreadable");
        Assert.DoesNotContain(BodySecret, capture.Dump());
    }

    [Fact]
    public async Task Caller_cancellation_ends_the_activity_as_canceled_without_marking_it_an_error()
    {
        using var capture = new TelemetryCapture();
        await using var harness = await PipelineHarness.StartAsync();
        using var cts = new CancellationTokenSource();
        harness.Server.Otherwise(async (context, _) =>
        {
            await cts.CancelAsync();
            await Task.Delay(TimeSpan.FromSeconds(10), context.RequestAborted).ContinueWith(static _ => { }, TaskScheduler.Default);
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => harness.Pipeline.SendAsync(CreateMessage("TraceCancel"), cts.Token));

        var call = Assert.Single(capture.Calls("TraceCancel"));
        Assert.Equal((ActivityStatusCode.Unset, "canceled"), (call.Status, call.GetTagItem(BceDiagnostics.OutcomeTag)));
        Assert.Null(call.GetTagItem("error.type"));
        AssertMetricTags(Assert.Single(capture.Measurements(BceDiagnostics.AttemptsInstrument, "TraceCancel")), BceDiagnostics.OutcomeTag, "canceled");
        AssertMetricTags(Assert.Single(capture.Measurements(BceDiagnostics.CallDurationInstrument, "TraceCancel")), BceDiagnostics.OutcomeTag, "canceled");
    }

    [Fact]
    public async Task Sts_refresh_inside_a_call_is_a_child_activity_and_no_issued_or_long_term_secret_reaches_any_activity()
    {
        const string stsAccessKeyId = "stsak0123456789abcdef";
        const string stsSecret = "sts-issued-secret-4e8b0c1d";
        const string stsToken = "sts-issued-token-9a6f2e7b/+=";
        using var capture = new TelemetryCapture();
        await using var stsServer = await LoopbackServer.StartAsync();
        stsServer.Then(200,
            $"{{\"accessKeyId\":\"{stsAccessKeyId}\",\"secretAccessKey\":\"{stsSecret}\",\"sessionToken\":\"{stsToken}\"," +
            "\"createTime\":\"2025-01-15T08:00:00Z\",\"expiration\":\"2025-01-15T20:00:00Z\",\"userId\":\"user-1\"}");
        var clock = new FakeTimeProvider(TestKeys.Epoch);
        using var sts = new StsClient(
            new BceCredentials(TestKeys.AccessKeyId, TestKeys.SecretAccessKey),
            new BceClientOptions { Endpoint = stsServer.BaseUri, TimeProvider = clock });
        var provider = new StsSessionCredentialProvider(sts, options: new RefreshingCredentialProviderOptions { TimeProvider = clock });
        await using var harness = await PipelineHarness.StartAsync(credentials: provider);
        harness.Server
            .Then(503, "{\"code\":\"ServiceUnavailable\"}")
            .Then(200, "{}")
            .Then(400, "{\"code\":\"SignatureDoesNotMatch\",\"message\":\"bad\"}");

        await harness.Pipeline.SendAsync(CreateMessage("TraceSts"));
        await Assert.ThrowsAsync<BceServiceException>(() => harness.Pipeline.SendAsync(CreateMessage("TraceSts")));

        var calls = capture.Calls("TraceSts");
        Assert.Equal(2, calls.Count);
        var stsCall = Assert.Single(capture.Calls("GetSessionToken"));
        Assert.Equal(("STS.GetSessionToken", calls[0].SpanId, calls[0].TraceId), (stsCall.DisplayName, stsCall.ParentSpanId, stsCall.TraceId));
        AssertNothingSecret(capture, stsServer.Requests, TestKeys.SecretAccessKey, TestKeys.SessionToken, stsSecret, stsToken, "user-1");
        AssertNothingSecret(capture, harness.Server.Requests, stsSecret, TestKeys.SecretAccessKey, TestKeys.SessionToken, stsSecret, stsToken);
    }

    [Fact]
    public async Task Without_listeners_nothing_is_created_or_recorded_and_calls_behave_the_same()
    {
        Assert.False(BceTelemetry.Source.HasListeners());
        Assert.False(BceTelemetry.CallDuration.Enabled || BceTelemetry.Attempts.Enabled || BceTelemetry.Retries.Enabled);
        await using var harness = await PipelineHarness.StartAsync(credentials: SessionCredentials());
        harness.Server
            .Then(503, "{\"code\":\"ServiceUnavailable\"}")
            .Then(200, "{}")
            .Then(404, "{\"code\":\"NoSuchObject\"}")
            .Otherwise((context, _) => LoopbackServer.Drop(context));

        var response = await harness.Pipeline.SendAsync(CreateMessage("TraceNobody"));
        await Assert.ThrowsAsync<BceServiceException>(() => harness.Pipeline.SendAsync(CreateMessage("TraceNobody")));
        await Assert.ThrowsAsync<BceClientException>(() => harness.Pipeline.SendAsync(CreateMessage("TraceNobody")));

        Assert.Equal((200, 2), (response.Status, response.Attempts));
        Assert.Null(Activity.Current);
        // No activity of ours existed, so HttpClient had no trace to propagate.
        Assert.All(harness.Server.Requests, r => Assert.Null(r.Header("traceparent")));
    }

    private static void AssertMetricTags(RecordedMeasurement measurement, string lastTag, string lastValue)
    {
        Assert.Equal(
            new Dictionary<string, object?>
            {
                [BceDiagnostics.ServiceTag] = "Widgets",
                [BceDiagnostics.OperationTag] = measurement[BceDiagnostics.OperationTag],
                [lastTag] = lastValue,
            },
            measurement.Tags);
    }

    /// <summary>
    /// Asserts that no secret reached any captured activity (ours and HttpClient's) or measurement: keys and tokens
    /// (raw and URI-encoded), bodies, redacted query values, and for every request received its Authorization value,
    /// signature, signing key and canonical request.
    /// </summary>
    private static void AssertNothingSecret(TelemetryCapture capture, IEnumerable<RecordedRequest> requests, string signingSecret, params string[] secrets)
    {
        var dump = capture.Dump();
        var forbidden = new List<string> { BodySecret, QuerySecret, "adminPassword", "bce-auth-v1" };
        foreach (var secret in secrets)
        {
            forbidden.Add(secret);
            forbidden.Add(UriEncoder.Encode(secret));
        }

        foreach (var request in requests)
        {
            var authorization = request.Header("Authorization")!;
            var (signingKey, canonicalRequest) = SignatureVerifier.SigningMaterial(request, signingSecret);
            forbidden.AddRange([authorization, SignatureVerifier.Parse(authorization).Signature, signingKey, canonicalRequest]);
        }

        Assert.NotEmpty(capture.Activities);
        foreach (var value in forbidden.Distinct())
        {
            Assert.False(dump.Contains(value, StringComparison.Ordinal), $"Telemetry contains a secret: {value}");
        }
    }
}
