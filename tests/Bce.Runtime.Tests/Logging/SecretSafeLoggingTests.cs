using Bce.Runtime.Credentials;
using Bce.Runtime.Errors;
using Bce.Runtime.Logging;
using Bce.Runtime.Pipeline;
using Bce.Runtime.Signing;
using Bce.Runtime.Sts;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Bce.Runtime.Tests.Logging;

/// <summary>
/// Real calls over loopback HTTP with a logger at Trace that captures every message, structured value and exception:
/// the expected events appear, and not one secret does.
/// </summary>
public sealed class SecretSafeLoggingTests
{
    private const string BodySecret = "body-secret-7f3a9c";
    private const string QuerySecret = "query-secret-51d2";
    private const string StsAccessKeyId = "stsak0123456789abcdef";
    private const string StsSecret = "sts-issued-secret-4e8b0c1d";
    private const string StsToken = "sts-issued-token-9a6f2e7b/+=";
    private const string Category = BceLogEvents.PipelineCategoryPrefix + "Widgets";

    private static readonly string StsAnswer =
        $"{{\"accessKeyId\":\"{StsAccessKeyId}\",\"secretAccessKey\":\"{StsSecret}\",\"sessionToken\":\"{StsToken}\"," +
        "\"createTime\":\"2025-01-15T08:00:00Z\",\"expiration\":\"2025-01-15T20:00:00Z\",\"userId\":\"user-1\"}";

    private static BceRequestMessage CreateMessage()
    {
        var message = new BceRequestMessage(HttpMethod.Post, "/v1/widget", "CreateWidget");
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

    [Fact]
    public async Task Session_credential_calls_log_attempts_retries_clock_skew_and_failure_without_any_secret()
    {
        var capture = new CapturingLoggerProvider();
        using var factory = capture.CreateFactory();
        var credentials = new StaticCredentialProvider(TestKeys.AccessKeyId, TestKeys.SecretAccessKey, TestKeys.SessionToken);
        await using var harness = await PipelineHarness.StartAsync(o => o.LoggerFactory = factory, credentials);
        harness.Server
            .Then(503, "{\"code\":\"ServiceUnavailable\",\"message\":\"busy\"}")
            .Then(200, "{}")
            // Sent at 08:00:03 by the fake clock: the service is exactly one hour ahead.
            .Then(400, "{\"code\":\"RequestExpired\",\"message\":\"Request has expired.\"}", ("Date", "Wed, 15 Jan 2025 09:00:03 GMT"))
            .Then(200, "{}")
            .Then(403, "{\"code\":\"AccessDenied\",\"message\":\"no\",\"requestId\":\"denied-1\"}");
        var first = CreateMessage();

        await harness.Pipeline.SendAsync(first);
        await harness.Pipeline.SendAsync(CreateMessage());
        await Assert.ThrowsAsync<BceServiceException>(() => harness.Pipeline.SendAsync(CreateMessage()));

        Assert.All(capture.Logs, log => Assert.Equal(Category, log.Category));

        var attempts = capture.Events(BceLogEvents.AttemptCompleted);
        Assert.Equal([503, 200, 400, 200, 403], attempts.Select(a => (int)a["StatusCode"]!));
        Assert.All(attempts, a => Assert.Equal(LogLevel.Debug, a.Level));
        var attempt = attempts[0];
        Assert.Equal(new EventId(1, "AttemptCompleted"), attempt.EventId);
        Assert.Equal("CreateWidget", attempt["Operation"]);
        Assert.Equal(1, attempt["Attempt"]);
        Assert.Equal("POST", attempt["Method"]);
        Assert.Equal("/v1/widget", attempt["Path"]);
        Assert.Equal($"?signature=REDACTED&clientToken={first.ClientToken}", attempt["Query"]);
        Assert.Equal(1000L, attempt["ElapsedMs"]);
        Assert.Equal(harness.Server.Requests.Count, attempts.Count);
        Assert.StartsWith("server-", (string)attempt["RequestId"]!);
        Assert.Equal(2, attempts[1]["Attempt"]);

        var retries = capture.Events(BceLogEvents.RetryScheduled);
        Assert.Equal(["503 ServiceUnavailable", "400 RequestExpired"], retries.Select(r => (string)r["Reason"]!));
        Assert.All(retries, r => Assert.Equal((LogLevel.Information, "CreateWidget", 1, 0L), (r.Level, r["Operation"], r["Attempt"], r["DelayMs"])));

        var skew = Assert.Single(capture.Events(BceLogEvents.ClockSkewAdopted));
        Assert.Equal((LogLevel.Information, "CreateWidget", 3_600_000L), (skew.Level, skew["Operation"], skew["SkewMs"]));
        Assert.Equal(attempts[2]["RequestId"], skew["RequestId"]);

        var failure = Assert.Single(capture.Events(BceLogEvents.CallFailed));
        Assert.Equal(
            (LogLevel.Warning, "CreateWidget", 403, "AccessDenied", "denied-1", 1),
            (failure.Level, failure["Operation"], failure["StatusCode"], failure["ErrorCode"], failure["RequestId"], failure["Attempts"]));
        Assert.Null(failure.Exception);

        // Names stay, values go: the log says a token and a signature were sent, not what they were.
        var sent = capture.Events(BceLogEvents.RequestHeaders);
        Assert.Equal(5, sent.Count);
        Assert.All(sent, s => Assert.Equal(LogLevel.Trace, s.Level));
        var headers = (string)sent[0]["Headers"]!;
        Assert.Contains("Authorization: REDACTED", headers);
        Assert.Contains("x-bce-security-token: REDACTED", headers);
        Assert.Contains($"x-bce-date: {harness.Server.Requests[0].Header("x-bce-date")}", headers);
        Assert.Contains($"x-bce-request-id: {harness.Server.Requests[0].Header("x-bce-request-id")}", headers);
        Assert.Contains("Content-Type: application/json; charset=utf-8", headers);
        Assert.Contains("User-Agent: bce-sdk-dotnet-gen/", headers);
        var received = (string)capture.Events(BceLogEvents.ResponseHeaders)[0]["Headers"]!;
        Assert.Contains($"x-bce-request-id: {attempt["RequestId"]}", received);
        Assert.Contains("Content-Type: application/json;charset=UTF-8", received);

        AssertNothingSecret(capture, harness.Server.Requests, TestKeys.SecretAccessKey, TestKeys.AccessKeyId, TestKeys.SecretAccessKey, TestKeys.SessionToken);
    }

    [Fact]
    public async Task Sts_session_flow_logs_the_refresh_with_an_access_key_prefix_and_never_the_issued_secret_or_token()
    {
        var capture = new CapturingLoggerProvider();
        using var factory = capture.CreateFactory();
        await using var stsServer = await LoopbackServer.StartAsync();
        stsServer.Then(200, StsAnswer);
        var clock = new FakeTimeProvider(TestKeys.Epoch);
        using var sts = new StsClient(
            new BceCredentials(TestKeys.AccessKeyId, TestKeys.SecretAccessKey),
            new BceClientOptions { Endpoint = stsServer.BaseUri, TimeProvider = clock, LoggerFactory = factory });
        var provider = new StsSessionCredentialProvider(
            sts,
            durationSeconds: 3600,
            options: new RefreshingCredentialProviderOptions { TimeProvider = clock, Logger = factory.CreateLogger(BceLogEvents.CredentialsCategory) });
        await using var harness = await PipelineHarness.StartAsync(o => o.LoggerFactory = factory, provider);
        harness.Server.Then(200, "{\"id\":\"w-1\"}");

        var widget = await harness.Pipeline.SendAsync<Widget>(new BceRequestMessage(HttpMethod.Get, "/v1/widget/w-1", "GetWidget"));

        Assert.Equal("w-1", widget.Value.Id);
        var request = Assert.Single(harness.Server.Requests);
        Assert.Equal(StsToken, request.Header("x-bce-security-token"));
        SignatureVerifier.AssertValid(request, StsAccessKeyId, StsSecret);

        var stsAttempt = Assert.Single(capture.Events(BceLogEvents.AttemptCompleted), a => a.Category == BceLogEvents.PipelineCategoryPrefix + "STS");
        Assert.Equal(
            ("GetSessionToken", "POST", "/v1/sessionToken", "?durationSeconds=3600", 200),
            (stsAttempt["Operation"], stsAttempt["Method"], stsAttempt["Path"], stsAttempt["Query"], stsAttempt["StatusCode"]));

        var refreshed = Assert.Single(capture.Events(BceLogEvents.CredentialsRefreshed));
        Assert.Equal((BceLogEvents.CredentialsCategory, LogLevel.Information, "CredentialsRefreshed"), (refreshed.Category, refreshed.Level, refreshed.EventId.Name));
        Assert.Equal("stsa", refreshed["AccessKeyIdPrefix"]);
        Assert.True((bool)refreshed["IsSession"]!);
        Assert.Equal(new DateTimeOffset(2025, 1, 15, 20, 0, 0, TimeSpan.Zero), refreshed["ExpiresAt"]);

        var widgetAttempt = Assert.Single(capture.Events(BceLogEvents.AttemptCompleted), a => a.Category == Category);
        Assert.Equal(("GetWidget", string.Empty, 200), (widgetAttempt["Operation"], widgetAttempt["Query"], widgetAttempt["StatusCode"]));
        var widgetHeaders = (string)Assert.Single(capture.Events(BceLogEvents.RequestHeaders), h => h.Category == Category)["Headers"]!;
        Assert.Contains("x-bce-security-token: REDACTED", widgetHeaders);

        var dump = capture.Dump();
        Assert.DoesNotContain(StsAnswer, dump);
        Assert.DoesNotContain("user-1", dump);
        AssertNothingSecret(capture, stsServer.Requests, TestKeys.SecretAccessKey, TestKeys.AccessKeyId, TestKeys.SecretAccessKey, TestKeys.SessionToken);
        AssertNothingSecret(capture, harness.Server.Requests, StsSecret, StsAccessKeyId, StsSecret, StsToken);
    }

    [Fact]
    public async Task Unreadable_sts_answer_is_a_warning_that_names_the_parser_error_type_not_the_body()
    {
        var capture = new CapturingLoggerProvider();
        using var factory = capture.CreateFactory();
        await using var server = await LoopbackServer.StartAsync();
        server.Then(200, $"{{\"accessKeyId\":\"temp-ak\",\"sessionToken\":\"{StsToken}\"}}");
        using var sts = new StsClient(
            new BceCredentials(TestKeys.AccessKeyId, TestKeys.SecretAccessKey),
            new BceClientOptions { Endpoint = server.BaseUri, TimeProvider = new FakeTimeProvider(TestKeys.Epoch), LoggerFactory = factory });

        await Assert.ThrowsAsync<BceClientException>(() => sts.GetSessionTokenAsync());

        var unreadable = Assert.Single(capture.Events(BceLogEvents.ResponseUnreadable));
        Assert.Equal(
            (LogLevel.Warning, "GetSessionToken", 200, "SessionCredentials", "JsonException", 1),
            (unreadable.Level, unreadable["Operation"], unreadable["StatusCode"], unreadable["ExpectedType"], unreadable["Reason"], unreadable["Attempts"]));
        Assert.StartsWith("server-", (string)unreadable["RequestId"]!);
        AssertNothingSecret(capture, server.Requests, TestKeys.SecretAccessKey, TestKeys.AccessKeyId, TestKeys.SecretAccessKey, StsToken);
    }

    [Fact]
    public async Task Write_without_an_answer_is_a_warning_with_the_transport_exception_and_an_unknown_outcome()
    {
        var capture = new CapturingLoggerProvider();
        using var factory = capture.CreateFactory();
        var credentials = new StaticCredentialProvider(TestKeys.AccessKeyId, TestKeys.SecretAccessKey, TestKeys.SessionToken);
        await using var harness = await PipelineHarness.StartAsync(o => { o.LoggerFactory = factory; o.Retry.MaxRetries = 1; }, credentials);
        harness.Server.Otherwise((context, _) => LoopbackServer.Drop(context));

        await Assert.ThrowsAsync<BceClientException>(() => harness.Pipeline.SendAsync(CreateMessage()));

        var failedAttempts = capture.Events(BceLogEvents.AttemptFailed);
        Assert.Equal([1, 2], failedAttempts.Select(a => (int)a["Attempt"]!));
        Assert.All(failedAttempts, a =>
        {
            Assert.Equal(LogLevel.Debug, a.Level);
            Assert.StartsWith("HttpRequestException", (string)a["Reason"]!);
            Assert.Contains("HttpRequestException", a.Exception);
        });
        var retry = Assert.Single(capture.Events(BceLogEvents.RetryScheduled));
        Assert.StartsWith("HttpRequestException", (string)retry["Reason"]!);

        var failure = Assert.Single(capture.Events(BceLogEvents.CallFailedWithoutAnswer));
        Assert.Equal((LogLevel.Warning, "CreateWidget", 2, true), (failure.Level, failure["Operation"], failure["Attempts"], failure["OutcomeUnknown"]));
        Assert.StartsWith("HttpRequestException", (string)failure["Reason"]!);
        Assert.Contains("HttpRequestException", failure.Exception);
        AssertNothingSecret(capture, harness.Server.Requests, TestKeys.SecretAccessKey, TestKeys.AccessKeyId, TestKeys.SecretAccessKey, TestKeys.SessionToken);
    }

    [Fact]
    public async Task Credential_provider_failure_is_logged_by_type_without_its_message()
    {
        var capture = new CapturingLoggerProvider();
        using var factory = capture.CreateFactory();
        var provider = new RefreshingCredentialProvider(
            _ => throw new InvalidOperationException($"could not read profile: sk={TestKeys.SecretAccessKey}"),
            new RefreshingCredentialProviderOptions { Logger = factory.CreateLogger(BceLogEvents.CredentialsCategory) });
        await using var harness = await PipelineHarness.StartAsync(o => o.LoggerFactory = factory, provider);

        await Assert.ThrowsAsync<BceClientException>(() => harness.Pipeline.SendAsync(CreateMessage()));

        var refreshFailed = Assert.Single(capture.Events(BceLogEvents.CredentialsRefreshFailed));
        Assert.Equal((LogLevel.Warning, "InvalidOperationException", false), (refreshFailed.Level, refreshFailed["ExceptionType"], refreshFailed["UsingCached"]));
        const string reason = "credentials unavailable from RefreshingCredentialProvider (InvalidOperationException)";
        Assert.Equal(reason, Assert.Single(capture.Events(BceLogEvents.AttemptFailed))["Reason"]);
        var failure = Assert.Single(capture.Events(BceLogEvents.CallFailedWithoutAnswer));
        Assert.Equal((reason, 1, false), (failure["Reason"], failure["Attempts"], failure["OutcomeUnknown"]));
        Assert.Null(failure.Exception);
        Assert.DoesNotContain("could not read profile", capture.Dump());
        AssertNothingSecret(capture, [], TestKeys.SecretAccessKey, TestKeys.AccessKeyId, TestKeys.SecretAccessKey, TestKeys.SessionToken);
    }

    /// <summary>
    /// Asserts that nothing secret reached the capture: keys and token (raw and URI-encoded, as they would sit in a
    /// canonical request), bodies, redacted query values, and for every request received, its full Authorization
    /// header, signature, signing key and canonical request.
    /// </summary>
    private static void AssertNothingSecret(
        CapturingLoggerProvider capture, IEnumerable<RecordedRequest> requests, string signingSecret, params string[] secrets)
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
            forbidden.AddRange(canonicalRequest.Split('\n').Where(line => line.StartsWith("x-bce-security-token", StringComparison.Ordinal)));
        }

        Assert.NotEmpty(capture.Logs);
        foreach (var value in forbidden.Distinct())
        {
            Assert.False(dump.Contains(value, StringComparison.Ordinal), $"The log contains a secret: {value}");
        }
    }
}
