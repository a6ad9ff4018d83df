using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;

namespace Bce.Testing;

/// <summary>
/// A real HTTP server (Kestrel) on 127.0.0.1 with a free port. It records every request with the exact bytes it
/// received and answers from a script: each request takes the next scripted responder, and the fallback
/// (<see cref="Otherwise(Func{HttpContext, RecordedRequest, Task})"/>, default 200 <c>{}</c>) answers once the script
/// runs out. NativeAOT-safe (slim builder, one request delegate), so the AOT smoke program uses it too.
/// </summary>
public sealed class LoopbackServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly bool _record;
    private readonly ConcurrentQueue<Func<HttpContext, RecordedRequest, Task>> _script = new();
    private readonly List<RecordedRequest> _requests = [];
    private readonly Lock _lock = new();
    private Func<HttpContext, RecordedRequest, Task> _fallback = (context, _) => Respond(context, 200, "{}");

    private LoopbackServer(WebApplication app, bool record)
    {
        _app = app;
        _record = record;
    }

    /// <summary>The server's address, <c>http://127.0.0.1:{port}/</c>.</summary>
    public Uri BaseUri { get; private set; } = null!;

    /// <summary>Called with each recorded request before it is answered (on the server's thread).</summary>
    public Action<RecordedRequest>? OnRequest { get; set; }

    /// <summary>Every request received so far, in arrival order (a snapshot).</summary>
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

    /// <summary>Starts a server.</summary>
    /// <param name="recordRequests">
    /// <see langword="false"/> for benchmarks: requests are neither read into memory nor kept, so the server allocates
    /// as little as Kestrel lets it and a long run does not grow.
    /// </param>
    public static async Task<LoopbackServer> StartAsync(bool recordRequests = true)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.AddServerHeader = false);
        var app = builder.Build();
        app.Urls.Add("http://127.0.0.1:0");
        var server = new LoopbackServer(app, recordRequests);
        app.Run(server.HandleAsync);
        await app.StartAsync().ConfigureAwait(false);
        server.BaseUri = new Uri(app.Urls.Single());
        return server;
    }

    /// <summary>Queues the answer for the next request.</summary>
    public LoopbackServer Then(Func<HttpContext, RecordedRequest, Task> responder)
    {
        _script.Enqueue(responder);
        return this;
    }

    /// <summary>Queues a fixed answer for the next request.</summary>
    public LoopbackServer Then(int status, string? body = null, params (string Name, string Value)[] headers) =>
        Then((context, _) => Respond(context, status, body, headers));

    /// <summary>Queues scripted answers, one per request.</summary>
    public LoopbackServer Then(params ScriptedAnswer[] answers)
    {
        foreach (var answer in answers)
        {
            Then((context, _) => Respond(context, answer));
        }

        return this;
    }

    /// <summary>Sets the answer for every request once the script is exhausted.</summary>
    public LoopbackServer Otherwise(Func<HttpContext, RecordedRequest, Task> responder)
    {
        _fallback = responder;
        return this;
    }

    /// <summary>Sets a fixed answer for every request once the script is exhausted.</summary>
    public LoopbackServer Otherwise(int status, string? body = null, params (string Name, string Value)[] headers) =>
        Otherwise((context, _) => Respond(context, status, body, headers));

    /// <summary>Sets a scripted answer for every request once the script is exhausted.</summary>
    public LoopbackServer Otherwise(ScriptedAnswer answer) => Otherwise((context, _) => Respond(context, answer));

    /// <summary>Drops the connection without answering.</summary>
    public static Task Drop(HttpContext context)
    {
        context.Abort();
        return Task.CompletedTask;
    }

    /// <summary>Answers with <paramref name="status"/>, a JSON <paramref name="body"/> (when not null) and extra headers.</summary>
    public static Task Respond(HttpContext context, int status, string? body, params (string Name, string Value)[] headers) =>
        Respond(context, status, body is null ? null : Encoding.UTF8.GetBytes(body), headers);

    /// <summary>Answers with <paramref name="status"/>, the exact <paramref name="body"/> bytes (when not null) and extra headers.</summary>
    public static async Task Respond(HttpContext context, int status, byte[]? body, params (string Name, string Value)[] headers)
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
            context.Response.ContentLength = body.Length;
            await context.Response.Body.WriteAsync(body).ConfigureAwait(false);
        }
    }

    /// <summary>Answers as <paramref name="answer"/> says (an empty body sends no body).</summary>
    public static Task Respond(HttpContext context, ScriptedAnswer answer)
    {
        if (answer.Abort)
        {
            return Drop(context);
        }

        var headers = answer.Headers?.Select(h => (h.Key, h.Value)).ToArray() ?? [];
        return Respond(context, answer.Status, answer.Body.Length == 0 ? null : answer.Body, headers);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private async Task HandleAsync(HttpContext context)
    {
        var recorded = _record ? await RecordAsync(context).ConfigureAwait(false) : null!;
        if (_record)
        {
            lock (_lock)
            {
                _requests.Add(recorded);
            }

            OnRequest?.Invoke(recorded);
        }

        var responder = _script.TryDequeue(out var next) ? next : _fallback;
        await responder(context, recorded).ConfigureAwait(false);
    }

    private static async Task<RecordedRequest> RecordAsync(HttpContext context)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer).ConfigureAwait(false);
        var rawTarget = context.Features.Get<IHttpRequestFeature>()!.RawTarget;
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        return new RecordedRequest(context.Request.Method, rawTarget, headers, buffer.ToArray());
    }
}
