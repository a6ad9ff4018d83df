using System.Text;
using Bce.Runtime.Errors;
using Bce.Runtime.Signing;

namespace Bce.Runtime.Pipeline;

/// <summary>
/// Turns a classified <see cref="Failure"/> into what the caller catches: <see cref="BceServiceException"/> for a
/// service error, <see cref="BceOperationCanceledException"/> when the caller cancelled, and
/// <see cref="BceClientException"/> for everything else. Every one carries the operation, client token, attempts and
/// <c>IsOutcomeUnknown</c> of the whole call; whatever the service sent is scrubbed of the call's secrets first.
/// </summary>
internal static class FailureExceptions
{
    public static Exception Create(Failure failure, Call call)
    {
        var message = call.Message;
        switch (failure.Kind)
        {
            case FailureKind.ServiceError:
                var answer = failure.Answer!;
                return new BceServiceException(failure.StatusCode!.Value, failure.ErrorCode!, Scrub(failure.Description, call), failure.RequestId)
                {
                    OperationName = message.OperationName,
                    ClientToken = message.ClientToken,
                    Attempts = call.Attempts,
                    IsOutcomeUnknown = call.OutcomeUnknown,
                    RawContent = answer.IsSuccess ? null : RawText(answer.Body, call),
                    RetryAfter = answer.RetryAfter,
                    Headers = answer.Headers,
                };
            case FailureKind.Canceled:
                return new BceOperationCanceledException($"{message.OperationName} was cancelled by the caller.", failure.Cause, call.CallerToken)
                {
                    OperationName = message.OperationName,
                    ClientToken = message.ClientToken,
                    Attempts = call.Attempts,
                    IsOutcomeUnknown = call.OutcomeUnknown,
                };
            default:
                return new BceClientException(Scrub(failure.Description, call), failure.Cause)
                {
                    OperationName = message.OperationName,
                    ClientToken = message.ClientToken,
                    Attempts = call.Attempts,
                    IsOutcomeUnknown = call.OutcomeUnknown,
                    StatusCode = failure.StatusCode,
                    RequestId = failure.RequestId,
                    RawContent = failure.Kind == FailureKind.Unreadable ? RawText(failure.Answer!.Body, call) : null,
                };
        }
    }

    /// <summary>The body as text for an exception: decoded lossily (bad bytes become U+FFFD), secrets removed.</summary>
    private static string? RawText(ReadOnlyMemory<byte> body, Call call) =>
        body.IsEmpty
            ? null
            : Scrub(Encoding.UTF8.GetString(body.Span[..Math.Min(body.Length, BceServiceException.MaxRawContentLength * 4)]), call);

    /// <summary>Removes the call's secrets (as sent, and URI-encoded as a canonical request quotes them) and anything secret-looking.</summary>
    private static string Scrub(string text, Call call)
    {
        var credentials = call.Credentials;
        var token = credentials?.SessionToken;
        return SecretScrubber.Scrub(text, credentials?.SecretAccessKey, token, token is null ? null : UriEncoder.Encode(token));
    }
}
