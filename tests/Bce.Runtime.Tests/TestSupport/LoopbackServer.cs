using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;

namespace Bce.Runtime.Tests.TestSupport;

/// <summary>
/// A real HTTP server on 127.0.0.1 with a random port. It records every request and answers from a script: each
/// request takes the next scripted responder, and the last one answers everything once the script runs out.
/// </summary>
public sealed class LoopbackServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<Func<HttpContext, RecordedRequest, Task>> _script = new();
    private readonly List<RecordedRequest> _requests = [];
    private readonly Lock _lock = new();
    private Func<HttpContext, RecordedRequest, Task> _fallback = (context, _) => Respond(context, 200, "{}");

    private LoopbackServer(WebApplication app)
    {
        _app = app;
    }

    public Uri BaseUri { get; private set; } = null!;

    /// <summary>Called with each recorded request before it is answered (on the server's thread).</summary>
    public Action<RecordedRequest>? OnRequest { get; set; }

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_lock)
            {
                return [.. _requests];
            }
        }
    }

    public static async Task<LoopbackServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.AddServerHeader = false);
        var app = builder.Build();
        app.Urls.Add("http://127.0.0.1:0");
        var server = new LoopbackServer(app);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        server.BaseUri = new Uri(app.Urls.Single());
        return server;
    }

    /// <summary>Queues the answer for the next request.</summary>
    public LoopbackServer Then(Func<HttpContext, RecordedRequest, Task> responder)
    {
        _script.Enqueue(responder);
        return this;
    }

    public LoopbackServer Then(int status, string? body = null, params (string Name, string Value)[] headers) =>
        Then((context, _) => Respond(context, status, body, headers));

    /// <summary>Sets the answer for every request once the script is exhausted.</summary>
    public LoopbackServer Otherwise(Func<HttpContext, RecordedRequest, Task> responder)
    {
        _fallback = responder;
        return this;
    }

    public LoopbackServer Otherwise(int status, string? body = null, params (string Name, string Value)[] headers) =>
        Otherwise((context, _) => Respond(context, status, body, headers));

    /// <summary>Drops the connection without answering.</summary>
    public static Task Drop(HttpContext context)
    {
        context.Abort();
        return Task.CompletedTask;
    }

    public static async Task Respond(HttpContext context, int status, string? body, params (string Name, string Value)[] headers)
    {
        context.Response.StatusCode = status;
        context.Response.Headers["x-bce-request-id"] = "server-" + Guid.NewGuid().ToString("N");
        foreach (var (name, value) in headers)
        {
            context.Response.Headers[name] = value;
        }

        if (body is not null)
        {
            context.Response.ContentType = "application/json;charset=UTF-8";
            await context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(body));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer);
        var rawTarget = context.Features.Get<IHttpRequestFeature>()!.RawTarget;
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var recorded = new RecordedRequest(context.Request.Method, rawTarget, headers, buffer.ToArray());
        lock (_lock)
        {
            _requests.Add(recorded);
        }

        OnRequest?.Invoke(recorded);
        var responder = _script.TryDequeue(out var next) ? next : _fallback;
        await responder(context, recorded);
    }
}
