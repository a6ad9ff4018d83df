namespace Bce.Runtime.Telemetry;

/// <summary>How a logical call ended, as far as telemetry is concerned: nothing here may hold a secret.</summary>
/// <param name="Outcome">A <see cref="CallOutcome"/> value.</param>
/// <param name="StatusCode">The status of the last answer, when there was one.</param>
/// <param name="RequestId">The request id of the last answer, when there was one.</param>
/// <param name="ErrorCode">The service's error code, on a service error.</param>
/// <param name="ErrorType">
/// OpenTelemetry's <c>error.type</c>: the error code or the outcome; <see langword="null"/> when the call did not fail
/// (success, or cancelled by its caller), which also leaves the activity's status unset.
/// </param>
/// <param name="Description">The short, redacted status description of a failed call.</param>
internal readonly record struct CallEnd(
    string Outcome,
    int? StatusCode,
    string? RequestId,
    string? ErrorCode = null,
    string? ErrorType = null,
    string? Description = null);
