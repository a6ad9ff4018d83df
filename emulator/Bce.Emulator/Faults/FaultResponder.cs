using System.Text;
using Bce.Emulator.Wire;
using Microsoft.AspNetCore.Http;

namespace Bce.Emulator.Faults;

/// <summary>Turns a fired <see cref="FaultRule"/> into what the client sees on the wire.</summary>
internal static class FaultResponder
{
    private const string GatewayPage =
        "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center></body></html>";

    /// <summary>
    /// Applies a fault that acts before the request is handled. Returns true when the fault answered the request
    /// (the caller must stop), false when handling continues (a delay, or a truncation applied later to a read).
    /// </summary>
    public static async Task<bool> TryAnswerBeforeHandlingAsync(HttpContext context, FaultRule fault)
    {
        switch (fault.Kind)
        {
            case FaultKind.Status500:
                await ResponseWriter.WriteErrorAsync(context, 500, BceErrorCodes.InternalError, "We encountered an internal error. Please try again.");
                return true;
            case FaultKind.Status502:
                await WriteGatewayPageAsync(context);
                return true;
            case FaultKind.Status503:
                await ResponseWriter.WriteErrorAsync(context, 503, BceErrorCodes.ServiceUnavailable, "The service is busy. Please try again.");
                return true;
            case FaultKind.Http400:
                await ResponseWriter.WriteErrorAsync(context, 400, BceErrorCodes.Http400, "A transient error occurred. Please try again.");
                return true;
            case FaultKind.RequestExpired:
                await ResponseWriter.WriteErrorAsync(context, ApiErrors.RequestExpired(SignedTimestamp(context.Request)));
                return true;
            case FaultKind.DropConnection:
                context.Abort();
                return true;
            case FaultKind.Delay:
                await Task.Delay(fault.Delay, context.RequestAborted);
                return false;
            case FaultKind.TruncatedBody when !HttpMethods.IsGet(context.Request.Method):
                await WriteTruncatedAsync(context, 200, "{}"u8.ToArray(), WireFormats.JsonContentType);
                return true;
            default:
                return false;
        }
    }

    /// <summary>Applies a fault that acts once the request was handled (its result is discarded).</summary>
    public static Task AnswerAfterHandlingAsync(HttpContext context, FaultRule fault)
    {
        if (fault.Kind == FaultKind.DropConnectionAfterWrite)
        {
            context.Abort();
            return Task.CompletedTask;
        }

        return ResponseWriter.WriteErrorAsync(context, 500, BceErrorCodes.InternalError, "We encountered an internal error. Please try again.");
    }

    /// <summary>Sends a status and headers announcing <paramref name="body"/>, half of it, then aborts.</summary>
    public static async Task WriteTruncatedAsync(HttpContext context, int status, byte[] body, string? contentType)
    {
        var response = context.Response;
        response.StatusCode = status;
        if (contentType is not null)
        {
            response.Headers.ContentType = contentType;
        }

        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body.AsMemory(0, body.Length / 2), context.RequestAborted);
        await response.Body.FlushAsync(context.RequestAborted);
        context.Abort();
    }

    private static string SignedTimestamp(HttpRequest request)
    {
        var parts = request.Headers.Authorization.ToString().Split('/');
        return parts.Length > 2 ? parts[2] : "absent";
    }

    private static async Task WriteGatewayPageAsync(HttpContext context)
    {
        var body = Encoding.UTF8.GetBytes(GatewayPage);
        context.Response.StatusCode = 502;
        context.Response.Headers.ContentType = "text/html";
        context.Response.ContentLength = body.Length;
        await context.Response.Body.WriteAsync(body, context.RequestAborted);
    }
}
