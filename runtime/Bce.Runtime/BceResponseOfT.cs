namespace Bce.Runtime;

/// <summary>A successful call's value together with its response metadata.</summary>
/// <typeparam name="T">The value type.</typeparam>
public sealed class BceResponse<T> : BceResponse
{
    /// <summary>Creates the response (for tests and mocks; the pipeline builds its own).</summary>
    /// <param name="response">The metadata.</param>
    /// <param name="value">The value.</param>
    public BceResponse(BceResponse response, T value)
        : base(response)
    {
        Value = value;
    }

    /// <summary>The pipeline's own: value and metadata in one object.</summary>
    internal BceResponse(T value, int status, string? requestId, string? eTag, string? clientToken, int attempts, IReadOnlyDictionary<string, string> headers)
        : base(status, requestId, eTag, clientToken, attempts, headers)
    {
        Value = value;
    }

    /// <summary>The value the service returned.</summary>
    public T Value { get; }

    /// <summary>Unwraps the value.</summary>
    /// <param name="response">The response.</param>
    public static implicit operator T(BceResponse<T> response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return response.Value;
    }
}
