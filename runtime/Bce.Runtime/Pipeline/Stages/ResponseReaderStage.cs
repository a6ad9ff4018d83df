using System.Text.Json;
using Bce.Runtime.Logging;
using Bce.Runtime.Serialization;
using Microsoft.Extensions.Logging;

namespace Bce.Runtime.Pipeline;

/// <summary>
/// Reads a 2xx answer into its result, in the operation's <see cref="BceAnswerFormat{T}"/>, and validates it: an empty body (404 <c>NoSuchObject</c> on a message marked
/// <see cref="BceRequestMessage.EmptyBodyIsNotFound"/>), a body that does not parse, and a model missing a property
/// the spec requires (<see cref="IBceRequiredProperties"/>) or the wrapper property the format names are failures, classified here and logged as
/// <c>ResponseUnreadable</c>. Never retried: the service has already acted.
/// </summary>
internal sealed class ResponseReaderStage(ILogger logger)
{
    /// <summary>The result, or default with the failure set.</summary>
    public T? Read<T>(AttemptResult answer, Call call, BceAnswerFormat<T> format, out Failure? failure)
    {
        var name = format.ResultName;
        var message = call.Message;
        if (answer.Body.Span.Trim(" \t\r\n"u8).IsEmpty)
        {
            if (message.EmptyBodyIsNotFound)
            {
                failure = FailureClassifier.ClassifyEmptyAsNotFound(answer, call);
                return default;
            }

            failure = Unreadable(answer, call, name, "empty body", null,
                $"The service answered {answer.StatusCode} with an empty body where a {name} was expected.");
            return default;
        }

        T value;
        string? missing;
        try
        {
            value = format.Read(answer.Body.Span, out missing);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException or OverflowException or ArgumentException)
        {
            // The type name only: a parser message may quote the body, and STS bodies hold secrets.
            failure = Unreadable(answer, call, name, ex.GetType().Name, ex,
                $"The {answer.StatusCode} answer could not be read as {name}: {ex.Message}");
            return default;
        }

        if (missing is not null)
        {
            // The spec promises this property on every answer: without it the answer is not a success (a create
            // without an id would leave the caller unable to find what it made).
            failure = Unreadable(answer, call, name, "missing " + missing, null,
                $"The {answer.StatusCode} answer is not a valid {name}: the required property {missing} is missing, null or empty.");
            return default;
        }

        failure = null;
        return value;
    }

    private Failure Unreadable(AttemptResult answer, Call call, string typeName, string cause, Exception? exception, string description)
    {
        BceLog.ResponseUnreadable(logger, call.Message.OperationName, answer.StatusCode, typeName, cause, answer.RequestIdHeader, call.Attempts);
        return FailureClassifier.ClassifyUnreadable(answer, description, cause, exception, call);
    }
}
