using Bce.Runtime.Errors;

namespace PeerConn.Client.Tests.EndToEnd.Infrastructure;

/// <summary>Asserts that a call surfaces as a typed <see cref="BceServiceException"/> with an exact code and status.</summary>
public static class ServiceError
{
    /// <summary>
    /// Runs <paramref name="call"/> and checks it throws <see cref="BceServiceException"/> with <paramref name="code"/>,
    /// <paramref name="status"/> and a non-empty request id.
    /// </summary>
    public static async Task<BceServiceException> ThrowsAsync(string code, int status, Func<Task> call)
    {
        var error = await Assert.ThrowsAsync<BceServiceException>(call);
        Assert.True(
            error.ErrorCode == code && error.StatusCode == status,
            $"Expected {status} {code}, got {error.StatusCode} {error.ErrorCode}: {error.ErrorMessage}");
        Assert.False(string.IsNullOrWhiteSpace(error.RequestId), "The error carries no request id.");
        return error;
    }
}
