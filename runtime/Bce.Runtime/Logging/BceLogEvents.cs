namespace Bce.Runtime.Logging;

/// <summary>
/// The ids of every event the runtime logs, stable across versions so that filters and alerts can rely on them, and
/// the logger categories they are written under.
/// </summary>
/// <remarks>
/// Pipeline events (1–19) go to the category <see cref="PipelineCategoryPrefix"/> plus the service name
/// (<c>Bce.Runtime.Pipeline.PeerConn</c>, <c>Bce.Runtime.Pipeline.STS</c>), through
/// <see cref="BceClientOptions.LoggerFactory"/>. Credential events (20–29) go to the logger set in
/// <see cref="Credentials.RefreshingCredentialProviderOptions.Logger"/>, whose category the caller chooses
/// (<see cref="CredentialsCategory"/> is the suggested one).
/// </remarks>
public static class BceLogEvents
{
    /// <summary>The start of every pipeline logger's category; the service name follows.</summary>
    public const string PipelineCategoryPrefix = "Bce.Runtime.Pipeline.";

    /// <summary>The suggested category for the logger given to a refreshing credential provider.</summary>
    public const string CredentialsCategory = "Bce.Runtime.Credentials";

    /// <summary>Debug: an attempt got an answer (operation, method, path, redacted query, attempt, status, request id, elapsed ms).</summary>
    public const int AttemptCompleted = 1;

    /// <summary>Debug: an attempt got no answer (operation, method, path, redacted query, attempt, reason, elapsed ms).</summary>
    public const int AttemptFailed = 2;

    /// <summary>Trace: the headers an attempt sent, values outside the allow-list shown as <c>REDACTED</c>.</summary>
    public const int RequestHeaders = 3;

    /// <summary>Trace: the headers of an answer, values outside the allow-list shown as <c>REDACTED</c>.</summary>
    public const int ResponseHeaders = 4;

    /// <summary>Information: a failed attempt will be retried (operation, attempt, reason, delay ms).</summary>
    public const int RetryScheduled = 5;

    /// <summary>Information: a <c>RequestExpired</c> answer's <c>Date</c> header now corrects the signing clock.</summary>
    public const int ClockSkewAdopted = 6;

    /// <summary>Warning: the call failed with a service error (operation, status, error code, request id, attempts).</summary>
    public const int CallFailed = 7;

    /// <summary>Warning: the call failed without a usable answer (operation, reason, attempts, outcome unknown).</summary>
    public const int CallFailedWithoutAnswer = 8;

    /// <summary>Warning: a 2xx answer was empty or could not be read as the expected model.</summary>
    public const int ResponseUnreadable = 9;

    /// <summary>Warning: a <c>RequestExpired</c> answer's <c>Date</c> is more than a day from our clock, so no skew was learnt from it.</summary>
    public const int ClockSkewRejected = 10;

    /// <summary>Information: a refreshing credential provider got new credentials (first 4 characters of the AK only).</summary>
    public const int CredentialsRefreshed = 20;

    /// <summary>Warning: a credential refresh failed (exception type only, and whether the cached credentials are still used).</summary>
    public const int CredentialsRefreshFailed = 21;
}
