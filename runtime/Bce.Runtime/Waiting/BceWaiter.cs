using Bce.Runtime.Errors;

namespace Bce.Runtime.Waiting;

/// <summary>
/// Polls a read until one value of its answer reaches a success state, failing fast on a failure state and at the
/// timeout. Generated <c>WaitUntil…Async</c> methods call it; each poll is an ordinary call (signed, retried).
/// </summary>
public static class BceWaiter
{
    /// <summary>Waits for <paramref name="observe"/> to return one of <paramref name="success"/>.</summary>
    /// <typeparam name="T">The polled answer.</typeparam>
    /// <param name="waiterName">The waiter's name, for errors.</param>
    /// <param name="poll">One read of the resource.</param>
    /// <param name="observe">The watched value of an answer (null when absent).</param>
    /// <param name="success">Values that end the wait successfully (compared ignoring case, as BCE does).</param>
    /// <param name="failure">Values that end the wait with <see cref="BceWaiterException"/>.</param>
    /// <param name="options">Timeout and delays; defaults when null.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The answer that showed a success value.</returns>
    /// <exception cref="BceWaiterException">A failure value was seen, or the timeout passed first.</exception>
    public static async Task<BceResponse<T>> WaitAsync<T>(
        string waiterName,
        Func<CancellationToken, Task<BceResponse<T>>> poll,
        Func<T, string?> observe,
        IReadOnlyCollection<string> success,
        IReadOnlyCollection<string> failure,
        BceWaitOptions? options,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(poll);
        ArgumentNullException.ThrowIfNull(observe);
        options ??= new BceWaitOptions();
        options.Validate();
        var clock = options.TimeProvider;
        var deadline = clock.GetUtcNow() + options.Timeout;
        var delay = options.MinDelay;
        for (var polls = 1; ; polls++)
        {
            var response = await poll(cancellationToken).ConfigureAwait(false);
            var observed = observe(response.Value);
            options.OnPoll?.Invoke(observed);
            if (Contains(success, observed))
            {
                return response;
            }

            if (Contains(failure, observed))
            {
                throw new BceWaiterException(waiterName, observed, polls, timedOut: false);
            }

            if (clock.GetUtcNow() + delay > deadline)
            {
                throw new BceWaiterException(waiterName, observed, polls, timedOut: true);
            }

            await Task.Delay(delay, clock, cancellationToken).ConfigureAwait(false);
            delay = TimeSpan.FromTicks(Math.Min(options.MaxDelay.Ticks, (long)(delay.Ticks * 1.5)));
        }
    }

    private static bool Contains(IReadOnlyCollection<string> values, string? observed)
    {
        if (observed is null)
        {
            return false;
        }

        foreach (var value in values)
        {
            if (string.Equals(value, observed, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
