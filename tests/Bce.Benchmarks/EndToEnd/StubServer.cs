using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bce.Benchmarks.EndToEnd;

/// <summary>
/// A Kestrel stub on a free 127.0.0.1 port that answers <c>GET /v1/peerconn/{id}</c> with one fixed peer connection.
/// It only checks that the request is signed (a bce-auth-v1 Authorization and an x-bce-date), so the time measured is
/// the clients', not a verifier's.
/// </summary>
public sealed class StubServer : IAsyncDisposable
{
    private const string PathPrefix = "/v1/peerconn/";

    private readonly WebApplication _app;
    private readonly byte[] _body;

    private StubServer(WebApplication app, byte[] body)
    {
        _app = app;
        _body = body;
    }

    public Uri BaseAddress { get; private set; } = null!;

    public static async Task<StubServer> StartAsync(byte[] peerConnJson)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new StubServer(app, peerConnJson);
        app.Run(server.AnswerAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        server.BaseAddress = new Uri(address);
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private Task AnswerAsync(HttpContext context)
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

        if (!HttpMethods.IsGet(request.Method) || request.Path.Value?.StartsWith(PathPrefix, StringComparison.Ordinal) != true)
        {
            response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/json;charset=UTF-8";
        response.ContentLength = _body.Length;
        return response.Body.WriteAsync(_body).AsTask();
    }
}
