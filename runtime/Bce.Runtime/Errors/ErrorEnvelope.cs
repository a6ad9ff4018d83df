namespace Bce.Runtime.Errors;

/// <summary>What a failed response said, normalised: always a code and a message, even when the body was no envelope.</summary>
/// <param name="Code">The BCE error code (derived from the status when the body had none).</param>
/// <param name="Message">The service's message, or a description of the body it sent instead.</param>
/// <param name="RequestId">The request id from the body, if it had one.</param>
/// <param name="IsEnvelope">Whether the body was a JSON error envelope.</param>
internal sealed record ErrorEnvelope(string Code, string Message, string? RequestId, bool IsEnvelope);
