using Bce.Runtime;
using Bce.Runtime.Errors;

namespace PeerConn.Sample;

/// <summary>Runs named steps and prints one table row per step: what was done, what came back, the request id.</summary>
internal sealed class StepTable
{
    private const string Format = "{0,-3} {1,-34} {2,-8} {3,-64} {4}";
    private const int ResultWidth = 64;
    private int _number;

    public int Failures { get; private set; }

    public void PrintHeader(string title)
    {
        Console.WriteLine();
        Console.WriteLine(title);
        Console.WriteLine(string.Format(Format, "#", "step", "outcome", "result", "request id"));
        Console.WriteLine(new string('-', 150));
    }

    /// <summary>Runs a step that should succeed; a failure is printed and counted, and the walk goes on.</summary>
    public async Task<T?> RunAsync<T>(string step, Func<Task<T>> action, Func<T, string> describe, Func<T, string?> requestId)
        where T : class
    {
        try
        {
            var result = await action();
            Row(step, "ok", describe(result), requestId(result));
            return result;
        }
        catch (BceServiceException error)
        {
            Failures++;
            Row(step, "FAILED", $"{error.StatusCode} {error.ErrorCode}: {error.ErrorMessage}", error.RequestId);
        }
        catch (BceException error)
        {
            // Client-side failures and waiters that gave up: no service error code to show, the message says it all.
            Failures++;
            Row(step, "FAILED", error.Message, (error as BceClientException)?.RequestId);
        }

        return null;
    }

    /// <summary>Runs a call that performs an action and returns only response metadata.</summary>
    public Task<BceResponse?> RunAsync(string step, Func<Task<BceResponse>> action, string describe) =>
        RunAsync<BceResponse>(step, action, _ => describe, response => response.RequestId);

    /// <summary>Runs a step the service must refuse with <paramref name="expectedCode"/>: a business rule at work.</summary>
    public async Task ExpectRefusalAsync(string step, Func<Task> action, string expectedCode)
    {
        try
        {
            await action();
            Failures++;
            Row(step, "FAILED", $"expected {expectedCode}, but the call succeeded", null);
        }
        catch (BceServiceException error) when (error.ErrorCode == expectedCode)
        {
            Row(step, "refused", $"{error.StatusCode} {error.ErrorCode} (as the rules say)", error.RequestId);
        }
        catch (BceServiceException error)
        {
            Failures++;
            Row(step, "FAILED", $"expected {expectedCode}, got {error.StatusCode} {error.ErrorCode}", error.RequestId);
        }
    }

    private void Row(string step, string outcome, string result, string? requestId)
    {
        _number++;
        var shortened = result.Length > ResultWidth ? result[..(ResultWidth - 3)] + "..." : result;
        Console.WriteLine(string.Format(Format, _number, step, outcome, shortened, requestId ?? "-"));
    }
}
