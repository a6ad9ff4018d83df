namespace Bce.Runtime.Telemetry;

/// <summary>
/// The low-cardinality <c>bce.outcome</c> of an answer: <c>success</c> or a status class (a failure's outcome is the
/// pipeline's <c>Failure.Outcome</c>). Never a message, an id or a code the service made up.
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
}
