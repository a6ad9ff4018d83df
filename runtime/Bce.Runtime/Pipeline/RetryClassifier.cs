using Polly.Timeout;

namespace Bce.Runtime.Pipeline;

/// <summary>
/// Decides whether a failed attempt is worth repeating. Transient by nature: network failures, per-attempt timeouts,
/// 408, 429, 500, 502, 503, 504; by BCE convention: 400 with code <c>Http400</c>, and <c>RequestExpired</c> (useful
/// because every attempt is signed afresh); plus the codes the service's spec lists. Never after the caller cancelled.
/// </summary>
internal sealed class RetryClassifier
{
    /// <summary>The code BCE uses for a transient 400.</summary>
    public const string Http400Code = "Http400";

    /// <summary>The code for a signature outside its validity window.</summary>
    public const string RequestExpiredCode = "RequestExpired";

    private readonly HashSet<string> _retryableCodes;

    /// <summary>Creates a classifier that also retries <paramref name="retryableErrorCodes"/> (matched exactly).</summary>
    public RetryClassifier(IEnumerable<string> retryableErrorCodes)
    {
        _retryableCodes = new HashSet<string>(retryableErrorCodes, StringComparer.Ordinal) { RequestExpiredCode };
    }

    /// <summary>Whether an answered attempt should be retried.</summary>
    public bool IsRetryable(int statusCode, string? errorCode)
    {
        if (statusCode is >= 200 and < 300)
        {
            return false;
        }

        if (errorCode is not null && _retryableCodes.Contains(errorCode))
        {
            return true;
        }

        return statusCode switch
        {
            408 or 429 or 500 or 502 or 503 or 504 => true,
            400 => errorCode == Http400Code,
            _ => false,
        };
    }

    /// <summary>Whether an attempt that failed with <paramref name="exception"/> should be retried.</summary>
    public static bool IsRetryable(Exception exception, CancellationToken callerToken)
    {
        if (callerToken.IsCancellationRequested)
        {
            return false;
        }

        return exception switch
        {
            TimeoutRejectedException => true,
            // A certificate or TLS failure will not heal by itself; retrying only delays the real error.
            HttpRequestException { HttpRequestError: HttpRequestError.SecureConnectionError } => false,
            HttpRequestException => true,
            IOException => true,
            _ => false,
        };
    }
}
