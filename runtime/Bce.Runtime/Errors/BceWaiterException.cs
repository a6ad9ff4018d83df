namespace Bce.Runtime.Errors;

/// <summary>A waiter stopped without seeing its success state: a failure state came, or the time ran out.</summary>
public sealed class BceWaiterException : BceException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="waiterName">The waiter, e.g. <c>PeerConnActive</c>.</param>
    /// <param name="lastObserved">The watched value at the last poll.</param>
    /// <param name="polls">How many polls were made.</param>
    /// <param name="timedOut">Whether the timeout ended the wait (otherwise a failure state did).</param>
    public BceWaiterException(string waiterName, string? lastObserved, int polls, bool timedOut)
        : base(
            timedOut
                ? $"Waiter {waiterName} timed out after {polls} poll(s); the last value seen was '{lastObserved ?? "(none)"}'."
                : $"Waiter {waiterName} stopped: the resource reached '{lastObserved}', from which it will not get to the awaited state ({polls} poll(s)).",
            innerException: null)
    {
        WaiterName = waiterName;
        LastObserved = lastObserved;
        Polls = polls;
        TimedOut = timedOut;
    }

    /// <summary>The waiter's name.</summary>
    public string WaiterName { get; }

    /// <summary>The watched value at the last poll (null when the answer lacked it).</summary>
    public string? LastObserved { get; }

    /// <summary>How many polls were made.</summary>
    public int Polls { get; }

    /// <summary>Whether the timeout ended the wait; otherwise a failure state did.</summary>
    public bool TimedOut { get; }
}
