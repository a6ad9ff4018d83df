using Microsoft.AspNetCore.Http;

namespace Bce.Benchmarks.EndToEnd;

/// <summary>The loopback server's answer in the end-to-end benchmarks (one call, and 64 concurrent callers).</summary>
internal static class PeerConnDetailAnswer
{
    /// <summary>
    /// One fixed peer connection for <c>GET /v1/peerconn/{id}</c>. Only checks that the request is signed (a
    /// bce-auth-v1 Authorization and an x-bce-date), so the time measured is the clients', not a verifier's.
    /// </summary>
    public static Task WriteAsync(HttpContext context, byte[] body)
    {
        var request = context.Request;
        var response = context.Response;
        response.Headers["x-bce-request-id"] = "5c6d7e8f-0a1b-4c2d-8e3f-4a5b6c7d8e9f";
        if (!request.Headers.Authorization.ToString().StartsWith("bce-auth-v1/", StringComparison.Ordinal)
            || string.IsNullOrEmpty(request.Headers["x-bce-date"]))
        {
            response.StatusCode = StatusCodes.Status403Forbidden;
            return Task.CompletedTask;
        }

        if (!HttpMethods.IsGet(request.Method) || request.Path.Value?.StartsWith("/v1/peerconn/", StringComparison.Ordinal) != true)
        {
            response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/json;charset=UTF-8";
        response.ContentLength = body.Length;
        return response.Body.WriteAsync(body).AsTask();
    }
}
