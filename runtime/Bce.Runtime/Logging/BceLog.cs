using Microsoft.Extensions.Logging;

namespace Bce.Runtime.Logging;

/// <summary>
/// Every message the runtime logs, source-generated (no boxing, no reflection, trim and AOT safe). Ids are the
/// constants of <see cref="BceLogEvents"/>.
/// </summary>
/// <remarks>
/// Only three kinds of value reach these methods: names and numbers the runtime chose (operation, method, status,
/// attempt, error code, exception type), ids the service issued (request id), and text that went through
/// <see cref="LogRedaction"/> (query, headers, access key prefix). Bodies, keys, tokens, signatures and canonical
/// requests have no parameter to travel through.
/// </remarks>
internal static partial class BceLog
{
    [LoggerMessage(EventId = BceLogEvents.AttemptCompleted, EventName = nameof(BceLogEvents.AttemptCompleted), Level = LogLevel.Debug,
        Message = "{Operation} attempt {Attempt}: {Method} {Path}{Query} answered {StatusCode} in {ElapsedMs} ms, request id {RequestId}")]
    public static partial void AttemptCompleted(
        ILogger logger, string operation, int attempt, string method, string path, string query, int statusCode, long elapsedMs, string? requestId);

    [LoggerMessage(EventId = BceLogEvents.AttemptFailed, EventName = nameof(BceLogEvents.AttemptFailed), Level = LogLevel.Debug,
        Message = "{Operation} attempt {Attempt}: {Method} {Path}{Query} got no answer after {ElapsedMs} ms: {Reason}")]
    public static partial void AttemptFailed(
        ILogger logger, string operation, int attempt, string method, string path, string query, string reason, long elapsedMs, Exception? exception);

    [LoggerMessage(EventId = BceLogEvents.RequestHeaders, EventName = nameof(BceLogEvents.RequestHeaders), Level = LogLevel.Trace,
        Message = "{Operation} attempt {Attempt} request headers: {Headers}")]
    public static partial void RequestHeaders(ILogger logger, string operation, int attempt, string headers);

    [LoggerMessage(EventId = BceLogEvents.ResponseHeaders, EventName = nameof(BceLogEvents.ResponseHeaders), Level = LogLevel.Trace,
        Message = "{Operation} attempt {Attempt} response {StatusCode} headers: {Headers}")]
    public static partial void ResponseHeaders(ILogger logger, string operation, int attempt, int statusCode, string headers);

    [LoggerMessage(EventId = BceLogEvents.RetryScheduled, EventName = nameof(BceLogEvents.RetryScheduled), Level = LogLevel.Information,
        Message = "{Operation} attempt {Attempt} failed ({Reason}); retrying in {DelayMs} ms")]
    public static partial void RetryScheduled(ILogger logger, string operation, int attempt, string reason, long delayMs);

    [LoggerMessage(EventId = BceLogEvents.ClockSkewAdopted, EventName = nameof(BceLogEvents.ClockSkewAdopted), Level = LogLevel.Information,
        Message = "{Operation} was refused as RequestExpired (request id {RequestId}); the service's clock is {SkewMs} ms ahead of ours, and later requests are signed with its time")]
    public static partial void ClockSkewAdopted(ILogger logger, string operation, long skewMs, string? requestId);

    [LoggerMessage(EventId = BceLogEvents.ClockSkewRejected, EventName = nameof(BceLogEvents.ClockSkewRejected), Level = LogLevel.Warning,
        Message = "{Operation} was refused as RequestExpired (request id {RequestId}), but its Date header is {SkewHours} h from our clock, beyond the ±24 h a clock skew is learnt within; signing times stay as they were")]
    public static partial void ClockSkewRejected(ILogger logger, string operation, long skewHours, string? requestId);

    [LoggerMessage(EventId = BceLogEvents.CallFailed, EventName = nameof(BceLogEvents.CallFailed), Level = LogLevel.Warning,
        Message = "{Operation} failed: {StatusCode} {ErrorCode}, request id {RequestId}, {Attempts} attempt(s)")]
    public static partial void CallFailed(ILogger logger, string operation, int statusCode, string errorCode, string? requestId, int attempts);

    [LoggerMessage(EventId = BceLogEvents.CallFailedWithoutAnswer, EventName = nameof(BceLogEvents.CallFailedWithoutAnswer), Level = LogLevel.Warning,
        Message = "{Operation} failed without an answer: {Reason}, {Attempts} attempt(s), outcome unknown: {OutcomeUnknown}")]
    public static partial void CallFailedWithoutAnswer(ILogger logger, string operation, string reason, int attempts, bool outcomeUnknown, Exception? exception);

    [LoggerMessage(EventId = BceLogEvents.ResponseUnreadable, EventName = nameof(BceLogEvents.ResponseUnreadable), Level = LogLevel.Warning,
        Message = "{Operation} answered {StatusCode} but the body could not be read as {ExpectedType}: {Reason}, request id {RequestId}, {Attempts} attempt(s)")]
    public static partial void ResponseUnreadable(
        ILogger logger, string operation, int statusCode, string expectedType, string reason, string? requestId, int attempts);

    [LoggerMessage(EventId = BceLogEvents.CredentialsRefreshed, EventName = nameof(BceLogEvents.CredentialsRefreshed), Level = LogLevel.Information,
        Message = "Credentials refreshed: access key {AccessKeyIdPrefix}…, session credentials: {IsSession}, valid until {ExpiresAt:O}")]
    public static partial void CredentialsRefreshed(ILogger logger, string accessKeyIdPrefix, bool isSession, DateTimeOffset expiresAt);

    [LoggerMessage(EventId = BceLogEvents.CredentialsRefreshFailed, EventName = nameof(BceLogEvents.CredentialsRefreshFailed), Level = LogLevel.Warning,
        Message = "Credential refresh failed ({ExceptionType}); still using the cached credentials: {UsingCached}")]
    public static partial void CredentialsRefreshFailed(ILogger logger, string exceptionType, bool usingCached);
}
