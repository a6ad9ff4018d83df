using Bce.Runtime.Credentials;
using Bce.Runtime.Errors;
using Bce.Runtime.Logging;
using Bce.Runtime.Pipeline;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Bce.Runtime.Tests.Logging;

/// <summary>Logging is optional and follows the levels the caller configured.</summary>
public sealed class LoggingDefaultsTests
{
    private static BceRequestMessage CreateMessage() => new(HttpMethod.Get, "/v1/widget", "ListWidgets");

    [Fact]
    public void No_logger_factory_is_the_default()
    {
        Assert.Null(new BceClientOptions().LoggerFactory);
        Assert.Null(new RefreshingCredentialProviderOptions().Logger);
    }

    [Fact]
    public async Task Without_a_logger_factory_retries_clock_skew_and_failures_work_as_before()
    {
        await using var harness = await PipelineHarness.StartAsync(o => o.LoggerFactory = null);
        harness.Server
            .Then(503, "")
            .Then(400, "{\"code\":\"RequestExpired\"}", ("Date", "Wed, 15 Jan 2025 09:00:02 GMT"))
            .Then(200, "{}")
            .Then((context, _) => LoopbackServer.Drop(context))
            .Otherwise(404, "{\"code\":\"NoSuchObject\"}");

        var response = await harness.Pipeline.SendAsync(CreateMessage());
        var error = await Assert.ThrowsAsync<BceServiceException>(() => harness.Pipeline.SendAsync(CreateMessage()));

        Assert.Equal(3, response.Attempts);
        Assert.Equal(TimeSpan.FromHours(1), harness.Pipeline.ClockSkew);
        Assert.Equal((404, 2), (error.StatusCode, error.Attempts));
    }

    [Fact]
    public async Task Refreshing_provider_without_a_logger_refreshes_and_survives_a_failed_refresh()
    {
        var time = new FakeTimeProvider(TestKeys.Epoch);
        var calls = 0;
        var provider = new RefreshingCredentialProvider(
            _ => ++calls == 1
                ? Task.FromResult((new BceCredentials("ak-long-enough", "sk", "token"), time.GetUtcNow().AddHours(1)))
                : throw new InvalidOperationException("down"),
            new RefreshingCredentialProviderOptions { TimeProvider = time });

        var first = await provider.GetCredentialsAsync();
        time.Advance(TimeSpan.FromMinutes(55));
        var second = await provider.GetCredentialsAsync();

        Assert.Same(first, second);
        Assert.Equal(2, calls);
    }

    [Fact]
    public async Task A_refresh_that_fails_while_cached_credentials_are_valid_says_so()
    {
        var capture = new CapturingLoggerProvider();
        using var factory = capture.CreateFactory();
        var time = new FakeTimeProvider(TestKeys.Epoch);
        var calls = 0;
        var provider = new RefreshingCredentialProvider(
            _ => ++calls == 1
                ? Task.FromResult((new BceCredentials("AKIDlongterm01", TestKeys.SecretAccessKey), time.GetUtcNow().AddHours(1)))
                : throw new InvalidOperationException(TestKeys.SecretAccessKey),
            new RefreshingCredentialProviderOptions { TimeProvider = time, Logger = factory.CreateLogger(BceLogEvents.CredentialsCategory) });

        await provider.GetCredentialsAsync();
        time.Advance(TimeSpan.FromMinutes(55));
        await provider.GetCredentialsAsync();

        var refreshed = Assert.Single(capture.Events(BceLogEvents.CredentialsRefreshed));
        Assert.Equal(("AKID", false), (refreshed["AccessKeyIdPrefix"], refreshed["IsSession"]));
        var failed = Assert.Single(capture.Events(BceLogEvents.CredentialsRefreshFailed));
        Assert.Equal(("InvalidOperationException", true), (failed["ExceptionType"], failed["UsingCached"]));
        Assert.DoesNotContain("AKIDlongterm01", capture.Dump());
        TestKeys.AssertNoSecrets(capture.Dump());
    }

    [Fact]
    public async Task Only_the_enabled_levels_are_written()
    {
        var capture = new CapturingLoggerProvider();
        using var factory = capture.CreateFactory(LogLevel.Warning);
        await using var harness = await PipelineHarness.StartAsync(o => o.LoggerFactory = factory);
        harness.Server.Then(503, "").Otherwise(403, "{\"code\":\"AccessDenied\"}");

        await Assert.ThrowsAsync<BceServiceException>(() => harness.Pipeline.SendAsync(CreateMessage()));

        var only = Assert.Single(capture.Logs);
        Assert.Equal((BceLogEvents.CallFailed, LogLevel.Warning, 2), (only.EventId.Id, only.Level, only["Attempts"]));
    }

    [Fact]
    public async Task Caller_cancellation_is_not_logged_as_a_failure()
    {
        var capture = new CapturingLoggerProvider();
        using var factory = capture.CreateFactory();
        await using var harness = await PipelineHarness.StartAsync(o => o.LoggerFactory = factory);
        using var cts = new CancellationTokenSource();
        harness.Server.Otherwise(async (context, _) =>
        {
            await cts.CancelAsync();
            await Task.Delay(Timeout.Infinite, context.RequestAborted);
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => harness.Pipeline.SendAsync(CreateMessage(), cts.Token));

        Assert.Empty(capture.Events(BceLogEvents.CallFailedWithoutAnswer));
        Assert.Empty(capture.Events(BceLogEvents.RetryScheduled));
        Assert.Single(capture.Events(BceLogEvents.AttemptFailed));
    }
}
