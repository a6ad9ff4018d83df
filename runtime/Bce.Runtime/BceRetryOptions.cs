namespace Bce.Runtime;

/// <summary>
/// How failed attempts are retried: exponential back-off from <see cref="Delay"/>, capped at <see cref="MaxDelay"/>,
/// with jitter, honouring <c>Retry-After</c>.
/// </summary>
public sealed class BceRetryOptions
{
    /// <summary>The most retries <see cref="MaxRetries"/> may ask for.</summary>
    public const int MaxRetriesLimit = 50;

    /// <summary>Retries after the first attempt; 0 disables retrying. Default 3 (as every Baidu SDK).</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>The delay before the first retry, doubled for each further one. Default 300 ms.</summary>
    public TimeSpan Delay { get; set; } = TimeSpan.FromMilliseconds(300);

    /// <summary>The longest delay between two attempts. Default 20 s.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Whether delays vary randomly by ±20 %, so that many clients do not retry in lockstep. Default on.</summary>
    public bool UseJitter { get; set; } = true;

    /// <summary>
    /// Whether a <c>Retry-After</c> answer sets the least delay before the next attempt. When the service asks for
    /// longer than <see cref="MaxDelay"/>, the call is not retried and the error surfaces with
    /// <see cref="Errors.BceServiceException.RetryAfter"/> set. Default on.
    /// </summary>
    public bool RespectRetryAfter { get; set; } = true;

    /// <summary>An independent copy: a client keeps the values it was built with, whatever the caller changes later.</summary>
    internal BceRetryOptions Copy() => new()
    {
        MaxRetries = MaxRetries,
        Delay = Delay,
        MaxDelay = MaxDelay,
        UseJitter = UseJitter,
        RespectRetryAfter = RespectRetryAfter,
    };
}
