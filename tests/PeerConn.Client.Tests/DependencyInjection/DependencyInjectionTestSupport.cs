using System.Collections.Concurrent;

namespace PeerConn.Client.Tests.DependencyInjection;

/// <summary>What a <see cref="RecordingHandler"/> saw of one request.</summary>
public sealed record SeenRequest(HttpMethod Method, string PathAndQuery, string? RequestId, bool Signed);

/// <summary>Every request the <see cref="RecordingHandler"/>s of one container saw (a singleton: handlers come and go with the factory's rotation).</summary>
public sealed class RequestLog
{
    private readonly ConcurrentQueue<SeenRequest> _requests = new();

    public IReadOnlyList<SeenRequest> Requests => [.. _requests];

    public void Add(SeenRequest request) => _requests.Enqueue(request);
}

/// <summary>A handler added through the returned <c>IHttpClientBuilder</c>, as a proxy-auth handler would be.</summary>
public sealed class RecordingHandler(RequestLog log) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        // Reads headers through the validating API on purpose: .NET then re-serialises what it parsed (Content-Type
        // among them), and the emulator's signature check proves the signed bytes did not change.
        _ = request.Content?.Headers.ContentType?.MediaType;
        var headers = request.Headers.ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase);
        var requestId = headers.GetValueOrDefault("x-bce-request-id");
        var signed = headers.TryGetValue("Authorization", out var authorization) &&
            authorization.StartsWith("bce-auth-v1/", StringComparison.Ordinal);
        log.Add(new SeenRequest(request.Method, request.RequestUri!.PathAndQuery, requestId, signed));
        return base.SendAsync(request, cancellationToken);
    }
}
