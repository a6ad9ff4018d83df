using Bce.Emulator.Wire;

namespace Bce.Emulator.Idempotency;

/// <summary>
/// Remembers the first successful result of each (account, clientToken). The same token with the same request
/// replays that result; with a different request it is <c>IdempotentParameterMismatch</c>. A token is forgotten 24
/// hours after it was last seen (every sighting, replay or mismatch, extends it). Failed requests bind nothing, so a
/// retry after an error is handled afresh.
/// </summary>
internal sealed class IdempotencyStore
{
    /// <summary>How long a token lives after it was last seen.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    private readonly object _gate = new();
    private readonly Dictionary<(string AccountId, string Token), Entry> _entries = [];
    private readonly TimeProvider _time;

    public IdempotencyStore(TimeProvider time) => _time = time;

    /// <summary>The number of live tokens.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                Expire(_time.GetUtcNow());
                return _entries.Count;
            }
        }
    }

    /// <summary>
    /// The remembered result for a repeat of the same request, null for a token not (or no longer) known; throws
    /// <c>IdempotentParameterMismatch</c> when the token was used for another request.
    /// </summary>
    public ApiResult? Lookup(string accountId, string token, string fingerprint)
    {
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            Expire(now);
            if (!_entries.TryGetValue((accountId, token), out var entry))
            {
                return null;
            }

            entry.LastSeen = now;
            return entry.Fingerprint == fingerprint ? entry.Result : throw ApiErrors.IdempotentParameterMismatch(token);
        }
    }

    /// <summary>Binds the token to the request and its first successful result.</summary>
    public void Remember(string accountId, string token, string fingerprint, ApiResult result)
    {
        lock (_gate)
        {
            _entries[(accountId, token)] = new Entry(fingerprint, result) { LastSeen = _time.GetUtcNow() };
        }
    }

    private void Expire(DateTimeOffset now)
    {
        foreach (var (key, entry) in _entries.ToList())
        {
            if (now - entry.LastSeen >= Lifetime)
            {
                _entries.Remove(key);
            }
        }
    }

    private sealed class Entry(string fingerprint, ApiResult result)
    {
        public string Fingerprint { get; } = fingerprint;

        public ApiResult Result { get; } = result;

        public DateTimeOffset LastSeen { get; set; }
    }
}
