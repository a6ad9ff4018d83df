using System.Globalization;
using Bce.Runtime.Errors;

namespace Bce.Runtime.Pipeline;

/// <summary>
/// The one place that decides what a failure is: its kind, whether it is worth another attempt, whether the service
/// may have acted on it, its status, code and a safe reason. Every stage hands its failure here, once; the retry
/// strategy, <see cref="FailureExceptions"/>, the logs and the telemetry read the resulting <see cref="Failure"/>.
/// </summary>
/// <remarks>
/// Retried: network failures (except TLS), attempt timeouts, 408, 429, 500, 502, 503, 504; by BCE convention 400 with
/// code <c>Http400</c> and <c>RequestExpired</c> (every attempt is signed afresh); and the codes the service's spec
/// lists. Never after the caller cancelled or the overall timeout, and not when the service asks (<c>Retry-After</c>)
/// to wait longer than <see cref="BceRetryOptions.MaxDelay"/> or than the overall timeout has left. May have been
/// applied: anything sent without a definite answer, a 500, 502 or 504, and a 2xx.
/// </remarks>
internal sealed class FailureClassifier
{
    /// <summary>The code BCE uses for a transient 400.</summary>
    public const string Http400Code = "Http400";

    /// <summary>The code for a signature outside its validity window.</summary>
    public const string RequestExpiredCode = "RequestExpired";

    private readonly HashSet<string> _retryableCodes;
    private readonly BcePipelineSettings? _settings;

    /// <summary>Creates a classifier that also retries <paramref name="retryableErrorCodes"/> (matched exactly).</summary>
    public FailureClassifier(IEnumerable<string> retryableErrorCodes, BcePipelineSettings? settings = null)
    {
        _retryableCodes = new HashSet<string>(retryableErrorCodes, StringComparer.Ordinal) { RequestExpiredCode };
        _settings = settings;
    }

    /// <summary>Whether an answer with this status and code is worth another attempt (before any <c>Retry-After</c> limit).</summary>
    public bool IsRetryableAnswer(int statusCode, string? errorCode)
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

    /// <summary>A non-2xx answer; <see langword="null"/> for a 2xx (whose body the response reader judges).</summary>
    public Failure? ClassifyAnswer(AttemptResult answer, Call call)
    {
        if (answer.IsSuccess)
        {
            return null;
        }

        var error = answer.Error!;
        var status = answer.StatusCode;
        return Observed(call, new Failure
        {
            Kind = FailureKind.ServiceError,
            Retryable = !call.CallerCanceled && !call.OverallTimedOut
                && IsRetryableAnswer(status, error.Code) && !RetryAfterTooLong(answer.RetryAfter, call),
            // The service (or a gateway in front of it) failed while handling the request: it may have acted.
            MayHaveBeenApplied = status is 500 or 502 or 504,
            Reason = string.Concat(status.ToString(CultureInfo.InvariantCulture), " ", error.Code),
            Description = error.Message,
            StatusCode = status,
            ErrorCode = error.Code,
            RequestId = error.RequestId ?? answer.RequestIdHeader,
            Answer = answer,
        });
    }

    /// <summary>
    /// An attempt that threw. <paramref name="sent"/> is whether the request may have left (false while getting
    /// credentials or building it); <paramref name="attemptTimedOut"/> whether the attempt's own deadline fired.
    /// </summary>
    public Failure ClassifyException(Exception exception, Call call, bool sent, bool attemptTimedOut)
    {
        if (exception is OperationCanceledException)
        {
            var kind = call.CallerCanceled ? FailureKind.Canceled
                : call.OverallTimedOut ? FailureKind.OverallTimeout
                : attemptTimedOut ? FailureKind.AttemptTimeout
                : FailureKind.Unexpected;
            return Observed(call, new Failure
            {
                Kind = kind,
                Retryable = kind == FailureKind.AttemptTimeout,
                MayHaveBeenApplied = sent,
                Reason = kind switch
                {
                    FailureKind.Canceled => "canceled by the caller",
                    FailureKind.OverallTimeout => "overall timeout",
                    FailureKind.AttemptTimeout => "attempt timeout",
                    _ => exception.GetType().Name,
                },
                Description = kind switch
                {
                    FailureKind.Canceled => "The call was cancelled by the caller.",
                    FailureKind.OverallTimeout => $"The call did not complete within the overall timeout of {_settings?.Timeout}.",
                    FailureKind.AttemptTimeout => $"The last attempt did not complete within the attempt timeout of {_settings?.AttemptTimeout}.",
                    _ => $"The request failed: {exception.Message}",
                },
                Cause = exception,
            });
        }

        if (exception is HttpRequestException or IOException)
        {
            // Connect-phase failures prove the service never saw the request; anything later might have been applied.
            var neverArrived = exception is HttpRequestException
            {
                HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError or HttpRequestError.SecureConnectionError,
            };
            return Observed(call, new Failure
            {
                Kind = FailureKind.Network,
                // A certificate or TLS failure will not heal by itself; retrying only delays the real error.
                Retryable = !call.CallerCanceled && !call.OverallTimedOut
                    && exception is not HttpRequestException { HttpRequestError: HttpRequestError.SecureConnectionError },
                MayHaveBeenApplied = sent && !neverArrived,
                Reason = DescribeException(exception),
                Description = $"Could not get an answer from {_settings?.HostHeader}: {exception.Message}",
                Cause = exception,
            });
        }

        return Observed(call, new Failure
        {
            Kind = sent ? FailureKind.Unexpected : FailureKind.InvalidRequest,
            Retryable = false,
            MayHaveBeenApplied = sent,
            Reason = exception.GetType().Name,
            Description = $"The request failed: {exception.Message}",
            Cause = exception,
        });
    }

    /// <summary>The credential provider threw: nothing was sent. Only our own exceptions are quoted and attached.</summary>
    public Failure ClassifyCredentialsFailure(Exception exception, string providerName, Call call)
    {
        // A provider's message (and so its ToString) may hold the very secret it failed to load.
        var description = exception is BceException
            ? exception.Message
            : $"{exception.GetType().Name} (the provider's message is not shown, as it may hold secrets)";
        return Observed(call, new Failure
        {
            Kind = FailureKind.Credentials,
            Retryable = false,
            MayHaveBeenApplied = false,
            Reason = $"credentials unavailable from {providerName} ({exception.GetType().Name})",
            Description = $"Could not get credentials from {providerName}: {description}",
            Cause = exception as BceException,
        });
    }

    /// <summary>An answer past <see cref="BceClientOptions.MaxResponseSize"/>: not retried, its status known.</summary>
    public Failure ClassifyTooLarge(int statusCode, string? requestId, int limit, Call call) => Observed(call, new Failure
    {
        Kind = FailureKind.AnswerTooLarge,
        Retryable = false,
        MayHaveBeenApplied = statusCode is (>= 200 and < 300) or 500 or 502 or 504,
        Reason = "answer larger than MaxResponseSize",
        Description = $"The service's {statusCode} answer is larger than MaxResponseSize ({limit} bytes); reading stopped there.",
        StatusCode = statusCode,
        RequestId = requestId,
    });

    /// <summary>A 2xx answer whose body is not the model: the service acted, though its answer cannot be read.</summary>
    public static Failure ClassifyUnreadable(AttemptResult answer, string description, string cause, Exception? exception, Call call) => Observed(call, new Failure
    {
        Kind = FailureKind.Unreadable,
        Retryable = false,
        MayHaveBeenApplied = true,
        Reason = $"{answer.StatusCode.ToString(CultureInfo.InvariantCulture)} answer unreadable ({cause})",
        Description = description,
        StatusCode = answer.StatusCode,
        RequestId = answer.RequestIdHeader,
        Answer = answer,
        Cause = exception,
    });

    /// <summary>A 2xx with an empty body on an operation for which that means the resource does not exist.</summary>
    public static Failure ClassifyEmptyAsNotFound(AttemptResult answer, Call call) => Observed(call, new Failure
    {
        Kind = FailureKind.ServiceError,
        Retryable = false,
        MayHaveBeenApplied = false,
        Reason = "404 NoSuchObject",
        Description = $"The service answered {answer.StatusCode} with an empty body, which for this operation means the resource does not exist.",
        StatusCode = 404,
        ErrorCode = "NoSuchObject",
        RequestId = answer.RequestIdHeader,
        Answer = answer,
    });

    /// <summary>The retry loop stopped without an attempt of its own finishing (cancelled or timed out during back-off).</summary>
    public Failure ClassifyInterrupted(Exception exception, Call call) => ClassifyException(exception, call, sent: false, attemptTimedOut: false);

    /// <summary>A short reason naming the exception type (and, for HTTP failures, the kind of failure), never its message.</summary>
    public static string DescribeException(Exception exception) => exception switch
    {
        HttpRequestException { HttpRequestError: not HttpRequestError.Unknown } http => $"{nameof(HttpRequestException)} ({http.HttpRequestError})",
        _ => exception.GetType().Name,
    };

    /// <summary>Whether waiting as long as <c>Retry-After</c> asks exceeds MaxDelay or would outlast the overall timeout anyway.</summary>
    private bool RetryAfterTooLong(TimeSpan? retryAfter, Call call)
    {
        if (_settings is not { Retry.RespectRetryAfter: true } settings || retryAfter is not { } requested)
        {
            return false;
        }

        return requested > settings.Retry.MaxDelay
            || (settings.Timeout is { } overall && requested >= overall - settings.TimeProvider.GetElapsedTime(call.StartedAt));
    }

    private static Failure Observed(Call call, Failure failure)
    {
        call.Observe(failure);
        return failure;
    }
}
