using Bce.Emulator.Wire;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Bce.Emulator.Hosting;

/// <summary>Turns an unexpected exception into 500 <c>InternalError</c> with the BCE envelope (and logs it).</summary>
internal sealed class ErrorBoundary
{
    private readonly ILogger _logger;

    public ErrorBoundary(ILogger logger) => _logger = logger;

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        try
        {
            await next(context);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away (or a fault aborted the connection); there is nobody to answer.
        }
        catch (Exception e) when (!context.Response.HasStarted)
        {
            EmulatorLog.Unhandled(_logger, e, context.Request.Method, context.Request.Path);
            context.Response.Clear();
            context.Response.Headers[WireFormats.RequestIdHeader] = RequestIds.Of(context);
            await ResponseWriter.WriteErrorAsync(context, 500, BceErrorCodes.InternalError, "The emulator failed: " + e.Message);
        }
    }
}
