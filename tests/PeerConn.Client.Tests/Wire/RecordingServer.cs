using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace PeerConn.Client.Tests.Wire;

/// <summary>One request exactly as it reached the server.</summary>
public sealed record RecordedRequest(string Method, string Path, string QueryString, IReadOnlyDictionary<string, string> Headers, string Body);

/// <summary>A scripted answer: status, JSON body and extra headers; <see cref="Abort"/> drops the connection instead.</summary>
public sealed record ScriptedAnswer(int Status, string Body = "", IReadOnlyDictionary<string, string>? Headers = null, bool Abort = false);

/// <summary>
/// A Kestrel server on a free loopback port that records every request and answers from a script (default: 200 with
/// an empty body). Lets a test see exactly what the generated client puts on the wire.
/// </summary>
public sealed class RecordingServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ScriptedAnswer> _script = new();

    private RecordingServer(WebApplication app) => _app = app;

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The answer when the script is empty.</summary>
    public ScriptedAnswer DefaultAnswer { get; set; } = new(200);

    public static async Task<RecordingServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new RecordingServer(app);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
            .Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        server.BaseAddress = new Uri(address);
        return server;
    }

    public void Enqueue(params ScriptedAnswer[] answers)
    {
        foreach (var answer in answers)
        {
            _script.Enqueue(answer);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    /// <summary>The path exactly as sent (Kestrel's Request.Path is already percent-decoded).</summary>
    private static string RawPath(HttpContext context)
    {
        var target = context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpRequestFeature>()!.RawTarget;
        var query = target.IndexOf('?');
        return query < 0 ? target : target[..query];
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        var headers = context.Request.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => h.Value.ToString());
        Requests.Enqueue(new RecordedRequest(
            context.Request.Method,
            RawPath(context),
            context.Request.QueryString.Value ?? string.Empty,
            headers,
            body));

        var answer = _script.TryDequeue(out var scripted) ? scripted : DefaultAnswer;
        if (answer.Abort)
        {
            context.Abort();
            return;
        }

        context.Response.StatusCode = answer.Status;
        context.Response.Headers["x-bce-request-id"] = Guid.NewGuid().ToString();
        foreach (var header in answer.Headers ?? new Dictionary<string, string>())
        {
            context.Response.Headers[header.Key] = header.Value;
        }

        if (answer.Body.Length > 0)
        {
            context.Response.ContentType = "application/json;charset=UTF-8";
            await context.Response.WriteAsync(answer.Body);
        }
    }
}
