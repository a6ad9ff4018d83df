using Bce.Runtime.Errors;
using Bce.Runtime.Logging;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bce.Runtime.Credentials;

/// <summary>
/// Caches credentials that expire and refreshes them shortly before they do. Only one refresh runs at a time, however
/// many callers ask; callers never get credentials that have expired. If a refresh fails while the cached credentials
/// are still valid, those are handed out and the next call tries again.
/// </summary>
public sealed class RefreshingCredentialProvider : BceCredentialProvider
{
    private readonly Func<CancellationToken, Task<(BceCredentials Credentials, DateTimeOffset ExpiresAt)>> _refresh;
    private readonly TimeSpan? _preemptWindow;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly Lock _lock = new();
    private CachedCredentials? _current;
    private Task<CachedCredentials>? _refreshing;

    /// <summary>Creates the provider.</summary>
    /// <param name="refresh">
    /// Fetches new credentials and their expiry. Runs detached from any one caller (its token is never cancelled by a
    /// caller giving up), so it should bound its own duration.
    /// </param>
    /// <param name="options">When to refresh; <see langword="null"/> for the defaults.</param>
    public RefreshingCredentialProvider(
        Func<CancellationToken, Task<(BceCredentials Credentials, DateTimeOffset ExpiresAt)>> refresh,
        RefreshingCredentialProviderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(refresh);
        options ??= new RefreshingCredentialProviderOptions();
        ArgumentNullException.ThrowIfNull(options.TimeProvider, nameof(options));
        if (options.PreemptWindow is { } window && window < TimeSpan.Zero)
        {
            throw new ArgumentException("RefreshingCredentialProviderOptions.PreemptWindow must not be negative.", nameof(options));
        }

        _refresh = refresh;
        _preemptWindow = options.PreemptWindow;
        _timeProvider = options.TimeProvider;
        _logger = options.Logger ?? NullLogger.Instance;
    }

    /// <summary>When the cached credentials expire, or <see langword="null"/> before the first refresh.</summary>
    public DateTimeOffset? ExpiresAt => Volatile.Read(ref _current)?.ExpiresAt;

    /// <inheritdoc />
    /// <exception cref="BceClientException">The refresh returned credentials that had already expired.</exception>
    public override async ValueTask<BceCredentials> GetCredentialsAsync(CancellationToken cancellationToken = default)
    {
        var cached = Volatile.Read(ref _current);
        if (cached is not null && _timeProvider.GetUtcNow() < cached.RefreshAt)
        {
            return cached.Credentials;
        }

        var refresh = StartOrJoinRefresh();
        try
        {
            var fresh = await refresh.WaitAsync(cancellationToken).ConfigureAwait(false);
            return fresh.Credentials;
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested
                                && cached is not null
                                && _timeProvider.GetUtcNow() < cached.ExpiresAt)
        {
            // Still inside the preempt window: the old credentials remain valid, and the next call retries the refresh.
            return cached.Credentials;
        }
    }

    private Task<CachedCredentials> StartOrJoinRefresh()
    {
        TaskCompletionSource<CachedCredentials> completion;
        lock (_lock)
        {
            if (_refreshing is not null)
            {
                return _refreshing;
            }

            var cached = _current;
            if (cached is not null && _timeProvider.GetUtcNow() < cached.RefreshAt)
            {
                return Task.FromResult(cached);
            }

            completion = new TaskCompletionSource<CachedCredentials>(TaskCreationOptions.RunContinuationsAsynchronously);
            _refreshing = completion.Task;
        }

        // Detached so that the caller who happened to start it cannot cancel it for everyone else.
        _ = RunRefreshAsync(completion);
        return completion.Task;
    }

    private async Task RunRefreshAsync(TaskCompletionSource<CachedCredentials> completion)
    {
        try
        {
            var (credentials, expiresAt) = await _refresh(CancellationToken.None).ConfigureAwait(false);
            ArgumentNullException.ThrowIfNull(credentials);
            var now = _timeProvider.GetUtcNow();
            if (expiresAt <= now)
            {
                throw new BceClientException($"The credential source returned credentials that expired at {expiresAt:O}, which is not after now ({now:O}).");
            }

            var entry = new CachedCredentials(credentials, expiresAt, expiresAt - PreemptWindowFor(expiresAt - now));
            lock (_lock)
            {
                _current = entry;
                _refreshing = null;
            }

            BceLog.CredentialsRefreshed(_logger, LogRedaction.AccessKeyIdPrefix(credentials.AccessKeyId), credentials.IsSessionCredentials, expiresAt);
            completion.SetResult(entry);
        }
        catch (Exception ex)
        {
            CachedCredentials? cached;
            lock (_lock)
            {
                _refreshing = null;
                cached = _current;
            }

            // The type only: the refresh delegate is the caller's code, and its messages are not ours to vouch for.
            BceLog.CredentialsRefreshFailed(_logger, ex.GetType().Name, cached is not null && _timeProvider.GetUtcNow() < cached.ExpiresAt);

            completion.SetException(ex);
        }
    }

    private TimeSpan PreemptWindowFor(TimeSpan lifetime)
    {
        var window = _preemptWindow
            ?? TimeSpan.FromTicks(Math.Max(RefreshingCredentialProviderOptions.MinimumDefaultPreemptWindow.Ticks, lifetime.Ticks / 10));
        return TimeSpan.FromTicks(Math.Min(window.Ticks, lifetime.Ticks / 2));
    }

    private sealed record CachedCredentials(BceCredentials Credentials, DateTimeOffset ExpiresAt, DateTimeOffset RefreshAt);
}
