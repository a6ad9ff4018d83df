using System.Globalization;
using Bce.Runtime.Errors;
using Polly.Timeout;

namespace Bce.Runtime.Telemetry;

/// <summary>
/// Turns answers and failures into the low-cardinality <c>bce.outcome</c> and <c>bce.retry.reason</c> values: a status
/// class, <c>success</c>, or one of the words in <see cref="BceDiagnostics"/>. Never a message, an id or a code the
/// service made up.
/// </summary>
internal static class CallOutcome
{
    private static readonly string[] StatusClasses = ["1xx", "2xx", "3xx", "4xx", "5xx"];

    /// <summary><c>success</c> for 2xx, else the class (<c>4xx</c>, <c>5xx</c>).</summary>
    public static string ForStatus(int statusCode) => statusCode switch
    {
        >= 200 and < 300 => BceDiagnostics.OutcomeSuccess,
        >= 100 and < 600 => StatusClasses[(statusCode / 100) - 1],
        _ => BceDiagnostics.OutcomeError,
    };

    /// <summary>An attempt or call that ended without an answer.</summary>
    public static string ForException(Exception exception, bool callerCanceled, bool credentialsFailed) => exception switch
    {
        _ when callerCanceled => BceDiagnostics.OutcomeCanceled,
        _ when credentialsFailed => BceDiagnostics.OutcomeCredentials,
        HttpRequestException or IOException => BceDiagnostics.OutcomeNetwork,
        TimeoutRejectedException or OperationCanceledException => BceDiagnostics.OutcomeTimeout,
        _ => BceDiagnostics.OutcomeError,
    };

    /// <summary>The retry counter's reason: the status code of the answer (<c>503</c>, <c>429</c>), else <c>network</c> or <c>timeout</c>.</summary>
    public static string RetryReason(int? statusCode, Exception? exception) =>
        statusCode is { } status
            ? status.ToString(CultureInfo.InvariantCulture)
            : ForException(exception!, callerCanceled: false, credentialsFailed: exception is BceClientException);
}
