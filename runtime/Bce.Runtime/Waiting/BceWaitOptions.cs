namespace Bce.Runtime.Waiting;

/// <summary>How long a generated <c>WaitUntil…Async</c> waits and how often it polls.</summary>
public sealed class BceWaitOptions
{
    /// <summary>The longest the wait may take, polls included. Default 10 minutes.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>The delay after the first poll; each later delay is 1.5 times the one before. Default 2 seconds.</summary>
    public TimeSpan MinDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The longest delay between two polls. Default 30 seconds.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The clock behind the timeout and the delays.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Called after every poll with the value seen (progress reporting); must not throw.</summary>
    public Action<string?>? OnPoll { get; set; }

    internal void Validate()
    {
        ArgumentNullException.ThrowIfNull(TimeProvider, nameof(TimeProvider));
        if (Timeout <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(Timeout), Timeout, "The wait timeout must be positive.");
        }

        if (MinDelay < TimeSpan.Zero || MaxDelay < MinDelay)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxDelay), MaxDelay, "Delays must satisfy 0 <= MinDelay <= MaxDelay.");
        }
    }
}
