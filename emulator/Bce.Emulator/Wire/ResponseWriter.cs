using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Bce.Emulator.Wire;

/// <summary>Writes results and the BCE error envelope to the HTTP response.</summary>
internal static class ResponseWriter
{
    /// <summary>Writes a successful result: status, optional ETag, JSON body or an empty body.</summary>
    public static async Task WriteAsync(HttpContext context, ApiResult result)
    {
        var response = context.Response;
        response.StatusCode = result.Status;
        if (result.ETag is not null)
        {
            response.Headers.ETag = result.ETag;
        }

        response.ContentLength = result.Body.Length;
        if (result.Body.Length > 0)
        {
            response.Headers.ContentType = WireFormats.JsonContentType;
            await response.Body.WriteAsync(result.Body, context.RequestAborted);
        }
    }

    /// <summary>Writes <c>{"requestId","code","message"}</c> with the given status.</summary>
    public static Task WriteErrorAsync(HttpContext context, BceApiException error) =>
        WriteErrorAsync(context, error.Status, error.Code, error.Message);

    /// <summary>Writes <c>{"requestId","code","message"}</c> with the given status.</summary>
    public static async Task WriteErrorAsync(HttpContext context, int status, string code, string message)
    {
        var body = ErrorEnvelope(RequestIds.Of(context), code, message);
        var response = context.Response;
        response.StatusCode = status;
        response.Headers.ContentType = WireFormats.JsonContentType;
        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body, context.RequestAborted);
    }

    /// <summary>The UTF-8 bytes of the error envelope.</summary>
    public static byte[] ErrorEnvelope(string requestId, string code, string message)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("requestId", requestId);
            writer.WriteString("code", code);
            writer.WriteString("message", message);
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }
}
