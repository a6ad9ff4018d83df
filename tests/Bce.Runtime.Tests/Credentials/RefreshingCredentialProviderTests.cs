using Bce.Runtime.Credentials;
using Bce.Runtime.Errors;
using Microsoft.Extensions.Time.Testing;

namespace Bce.Runtime.Tests.Credentials;

public sealed class RefreshingCredentialProviderTests
{
    private static readonly DateTimeOffset Start = new(2025, 1, 15, 8, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _time = new(Start);
    private int _refreshes;

    private RefreshingCredentialProvider Provider(TimeSpan lifetime, TimeSpan? preempt = null) => new(
        _ =>
        {
            var n = Interlocked.Increment(ref _refreshes);
            return Task.FromResult((new BceCredentials($"ak-{n}", "sk", "token"), _time.GetUtcNow() + lifetime));
        },
        new RefreshingCredentialProviderOptions { TimeProvider = _time, PreemptWindow = preempt });

    [Fact]
    public async Task First_call_refreshes_and_later_calls_use_the_cache()
    {
        var provider = Provider(TimeSpan.FromHours(1));

        var first = await provider.GetCredentialsAsync();
        var second = await provider.GetCredentialsAsync();

        Assert.Same(first, second);
        Assert.Equal(1, _refreshes);
        Assert.Equal(Start.AddHours(1), provider.ExpiresAt);
    }

    [Fact]
    public async Task Default_preempt_window_is_ten_percent_of_lifetime_when_that_exceeds_five_minutes()
    {
        var provider = Provider(TimeSpan.FromHours(1)); // 10 % = 6 min
        await provider.GetCredentialsAsync();

        _time.Advance(TimeSpan.FromMinutes(53.9));
        Assert.Equal("ak-1", (await provider.GetCredentialsAsync()).AccessKeyId);

        _time.Advance(TimeSpan.FromMinutes(0.2));
        Assert.Equal("ak-2", (await provider.GetCredentialsAsync()).AccessKeyId);
    }

    [Fact]
    public async Task Default_preempt_window_is_at_least_five_minutes()
    {
        var provider = Provider(TimeSpan.FromMinutes(30)); // 10 % = 3 min, so 5 min applies
        await provider.GetCredentialsAsync();

        _time.Advance(TimeSpan.FromMinutes(24.9));
        Assert.Equal("ak-1", (await provider.GetCredentialsAsync()).AccessKeyId);

        _time.Advance(TimeSpan.FromMinutes(0.2));
        Assert.Equal("ak-2", (await provider.GetCredentialsAsync()).AccessKeyId);
    }

    [Fact]
    public async Task Preempt_window_is_capped_at_half_the_lifetime()
    {
        var provider = Provider(TimeSpan.FromMinutes(4)); // 5 min default would exceed the lifetime
        await provider.GetCredentialsAsync();

        _time.Advance(TimeSpan.FromMinutes(1.9));
        Assert.Equal("ak-1", (await provider.GetCredentialsAsync()).AccessKeyId);

        _time.Advance(TimeSpan.FromMinutes(0.2));
        Assert.Equal("ak-2", (await provider.GetCredentialsAsync()).AccessKeyId);
    }

    [Fact]
    public async Task Explicit_preempt_window_is_used()
    {
        var provider = Provider(TimeSpan.FromHours(1), preempt: TimeSpan.FromMinutes(15));
        await provider.GetCredentialsAsync();

        _time.Advance(TimeSpan.FromMinutes(44.9));
        Assert.Equal(1, _refreshes);
        await provider.GetCredentialsAsync();
        Assert.Equal(1, _refreshes);

        _time.Advance(TimeSpan.FromMinutes(0.2));
        await provider.GetCredentialsAsync();
        Assert.Equal(2, _refreshes);
    }

    [Fact]
    public async Task Concurrent_callers_share_one_refresh()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var calls = 0;
        var provider = new RefreshingCredentialProvider(
            async _ =>
            {
                Interlocked.Increment(ref calls);
                await gate.Task;
                return (new BceCredentials("ak", "sk"), _time.GetUtcNow().AddHours(1));
            },
            new RefreshingCredentialProviderOptions { TimeProvider = _time });

        var callers = Enumerable.Range(0, 20).Select(_ => Task.Run(async () => await provider.GetCredentialsAsync())).ToArray();
        await WaitUntil(() => Volatile.Read(ref calls) > 0);
        await Task.Delay(50); // give the other callers time to pile up on the same refresh
        gate.SetResult();
        var results = await Task.WhenAll(callers);

        Assert.Equal(1, calls);
        Assert.All(results, r => Assert.Same(results[0], r));
    }

    [Fact]
    public async Task Failed_refresh_inside_the_preempt_window_falls_back_to_still_valid_credentials()
    {
        var provider = await ProviderWhoseRefreshNowFailsAsync();

        _time.Advance(TimeSpan.FromMinutes(58));

        Assert.Equal("ak-1", (await provider.GetCredentialsAsync()).AccessKeyId);
    }

    [Fact]
    public async Task Expired_credentials_are_never_handed_out_when_refresh_fails()
    {
        var provider = await ProviderWhoseRefreshNowFailsAsync();

        _time.Advance(TimeSpan.FromHours(1));

        await Assert.ThrowsAsync<HttpRequestException>(async () => await provider.GetCredentialsAsync());
    }

    [Fact]
    public async Task Already_expired_answer_is_rejected()
    {
        var provider = new RefreshingCredentialProvider(
            _ => Task.FromResult((new BceCredentials("ak", "sk"), _time.GetUtcNow())),
            new RefreshingCredentialProviderOptions { TimeProvider = _time });

        var error = await Assert.ThrowsAsync<BceClientException>(async () => await provider.GetCredentialsAsync());

        Assert.Contains("expired", error.Message);
    }

    [Fact]
    public async Task A_caller_giving_up_does_not_cancel_the_refresh_for_others()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var provider = new RefreshingCredentialProvider(
            async token =>
            {
                await gate.Task;
                Assert.False(token.IsCancellationRequested);
                return (new BceCredentials("ak", "sk"), _time.GetUtcNow().AddHours(1));
            },
            new RefreshingCredentialProviderOptions { TimeProvider = _time });
        using var impatient = new CancellationTokenSource();

        var first = provider.GetCredentialsAsync(impatient.Token).AsTask();
        var second = provider.GetCredentialsAsync().AsTask();
        await impatient.CancelAsync();
        gate.SetResult();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first);
        Assert.Equal("ak", (await second).AccessKeyId);
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        // Polls for an event, not for a duration: the bound only stops a broken test from hanging.
        for (var i = 0; i < 1000 && !condition(); i++)
        {
            await Task.Delay(5);
        }

        Assert.True(condition());
    }

    /// <summary>A provider that fetched one-hour credentials once and whose every later refresh fails.</summary>
    private async Task<RefreshingCredentialProvider> ProviderWhoseRefreshNowFailsAsync()
    {
        var fail = false;
        var provider = new RefreshingCredentialProvider(
            _ => fail
                ? Task.FromException<(BceCredentials, DateTimeOffset)>(new HttpRequestException("sts down"))
                : Task.FromResult((new BceCredentials("ak-1", "sk"), _time.GetUtcNow().AddHours(1))),
            new RefreshingCredentialProviderOptions { TimeProvider = _time });
        await provider.GetCredentialsAsync();
        fail = true;
        return provider;
    }
}
