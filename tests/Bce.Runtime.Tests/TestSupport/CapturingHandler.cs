using System.Net;

namespace Bce.Runtime.Tests.TestSupport;

/// <summary>A transport that never touches the network: records each request and answers 200 with a fixed body.</summary>
public sealed class CapturingHandler(string responseBody = "{}") : HttpMessageHandler
{
    public sealed record Captured(string Method, Uri Uri, IReadOnlyDictionary<string, string> Headers, byte[] Body);

    public List<Captured> Requests { get; } = [];

    public bool Disposed { get; private set; }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? [] : await request.Content.ReadAsByteArrayAsync(cancellationToken);
        var headers = request.Headers.NonValidated
            .Concat(request.Content?.Headers.NonValidated ?? Enumerable.Empty<KeyValuePair<string, System.Net.Http.Headers.HeaderStringValues>>())
            .ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        if (request.Content?.Headers.ContentLength is { } length)
        {
            headers["Content-Length"] = length.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        Requests.Add(new Captured(request.Method.Method, request.RequestUri!, headers, body));
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(responseBody) };
    }

    protected override void Dispose(bool disposing)
    {
        Disposed = true;
        base.Dispose(disposing);
    }
}
