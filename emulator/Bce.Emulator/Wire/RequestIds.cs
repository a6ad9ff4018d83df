using Microsoft.AspNetCore.Http;

namespace Bce.Emulator.Wire;

/// <summary>
/// Gives every request an id and puts it on the response as <c>x-bce-request-id</c> before anything else runs, so
/// that success, error and fault answers all carry it. A caller-supplied UUID is echoed (it is how BCE callers trace a
/// call); anything else is replaced by a fresh UUIDv4.
/// </summary>
internal static class RequestIds
{
    private static readonly object ItemKey = new();

    /// <summary>The middleware: assigns the id and stamps the response header.</summary>
    public static Task AssignAsync(HttpContext context, RequestDelegate next)
    {
        var supplied = context.Request.Headers[WireFormats.RequestIdHeader].ToString();
        var id = Guid.TryParse(supplied, out var parsed) ? parsed.ToString("D") : Guid.NewGuid().ToString("D");
        context.Items[ItemKey] = id;
        context.Response.Headers[WireFormats.RequestIdHeader] = id;
        return next(context);
    }

    /// <summary>The id assigned to this request.</summary>
    public static string Of(HttpContext context) =>
        context.Items.TryGetValue(ItemKey, out var id) && id is string text ? text : Guid.NewGuid().ToString("D");
}
