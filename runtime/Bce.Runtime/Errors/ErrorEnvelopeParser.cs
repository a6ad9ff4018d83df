using System.Net;
using System.Text;
using System.Text.Json;
using Bce.Runtime.Serialization;

namespace Bce.Runtime.Errors;

/// <summary>
/// Reads the BCE error envelope <c>{"requestId", "code", "message"}</c> (names matched case-insensitively) from a
/// failed response. Anything else — an empty body, an HTML page from a proxy, truncated JSON — still produces a code
/// and a message, so callers always get a usable <see cref="BceServiceException"/>. Never throws: any bytes, invalid
/// UTF-8 included, give at least the error the status means (the text is decoded lossily, U+FFFD for bad bytes).
/// </summary>
internal static class ErrorEnvelopeParser
{
    private const int SnippetLength = 200;

    /// <summary>Parses the body of a response with the given status.</summary>
    public static ErrorEnvelope Parse(int statusCode, ReadOnlySpan<byte> body)
    {
        var json = BceJson.SkipByteOrderMark(body);
        if (IsBlank(json))
        {
            return new ErrorEnvelope(DeriveCode(statusCode), $"The service answered {statusCode} with an empty body.", null, IsEnvelope: false);
        }

        if (TryReadEnvelope(json, out var code, out var message, out var requestId))
        {
            return new ErrorEnvelope(
                string.IsNullOrWhiteSpace(code) ? DeriveCode(statusCode) : code,
                string.IsNullOrWhiteSpace(message) ? $"The service answered {statusCode} without an error message." : message,
                string.IsNullOrWhiteSpace(requestId) ? null : requestId,
                IsEnvelope: true);
        }

        return new ErrorEnvelope(
            DeriveCode(statusCode),
            $"The service answered {statusCode} with a body that is not a JSON error envelope: {Snippet(json)}",
            null,
            IsEnvelope: false);
    }

    /// <summary>
    /// The code used when the body carries none, following the Go SDK: the common BCE codes for 400, 403, 412 and 500,
    /// <c>NoSuchObject</c> for 404 (the code BCE VPC APIs use for a missing resource), else the status name.
    /// </summary>
    public static string DeriveCode(int statusCode) => statusCode switch
    {
        400 => "InvalidHTTPRequest",
        403 => "AccessDenied",
        404 => "NoSuchObject",
        412 => "PreconditionFailed",
        500 => "InternalError",
        _ when Enum.IsDefined((HttpStatusCode)statusCode) => ((HttpStatusCode)statusCode).ToString(),
        _ => $"Http{statusCode}",
    };

    private static bool TryReadEnvelope(ReadOnlySpan<byte> json, out string? code, out string? message, out string? requestId)
    {
        code = message = requestId = null;
        try
        {
            var reader = new Utf8JsonReader(json, BceJson.ReaderOptions);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString();
                reader.Read();
                if (string.Equals(name, "code", StringComparison.OrdinalIgnoreCase))
                {
                    code = ReadScalar(ref reader);
                }
                else if (string.Equals(name, "message", StringComparison.OrdinalIgnoreCase))
                {
                    message = ReadScalar(ref reader);
                }
                else if (string.Equals(name, "requestId", StringComparison.OrdinalIgnoreCase))
                {
                    requestId = ReadScalar(ref reader);
                }
                else
                {
                    reader.Skip();
                }
            }

            // Reading to the end rejects trailing garbage and truncated documents alike.
            while (reader.Read())
            {
            }

            return true;
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException or ArgumentException)
        {
            // InvalidOperationException: a string that is not valid UTF-8 (the reader only checks when decoding it).
            // Any such body is no envelope, so the status decides the error, and retries, as for an HTML page.
            code = message = requestId = null;
            return false;
        }
    }

    private static string? ReadScalar(ref Utf8JsonReader reader)
    {
        if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
        {
            reader.Skip();
            return null;
        }

        return BceJsonReader.ReadString(ref reader);
    }

    private static bool IsBlank(ReadOnlySpan<byte> body)
    {
        foreach (var b in body)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return false;
            }
        }

        return true;
    }

    private static string Snippet(ReadOnlySpan<byte> body)
    {
        var text = Encoding.UTF8.GetString(body[..Math.Min(body.Length, SnippetLength * 4)]);
        var builder = new StringBuilder(SnippetLength + 1);
        var lastWasSpace = false;
        foreach (var c in text)
        {
            if (builder.Length >= SnippetLength)
            {
                return builder.Append('…').ToString();
            }

            // Collapse line breaks and runs of whitespace so an HTML page fits on one line of the message.
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                if (!lastWasSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                lastWasSpace = true;
                continue;
            }

            builder.Append(c);
            lastWasSpace = false;
        }

        return builder.ToString().TrimEnd();
    }
}
