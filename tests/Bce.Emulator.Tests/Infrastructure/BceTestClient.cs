using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Bce.Emulator.Tests.Infrastructure;

/// <summary>
/// Plain HttpClient requests signed by <see cref="TestSigner"/> at the fake clock's current time, plus short helpers
/// for the PeerConn operations. Every POST/PUT carries content (possibly empty) so the Content-Length HttpClient sends
/// is known when signing.
/// </summary>
public sealed class BceTestClient
{
    private readonly HttpClient _http;
    private readonly TimeProvider _time;

    public BceTestClient(HttpClient http, TimeProvider time, TestCredentials credentials)
    {
        _http = http;
        _time = time;
        Credentials = credentials;
    }

    public TestCredentials Credentials { get; }

    /// <summary>Builds, signs and sends one request.</summary>
    public Task<HttpResponseMessage> SendAsync(
        HttpMethod method,
        string pathAndQuery,
        string? json = null,
        Action<HttpRequestMessage>? beforeSigning = null,
        SignedHeadersStyle style = SignedHeadersStyle.Explicit,
        DateTimeOffset? timestamp = null,
        int expirationSeconds = 1800,
        IReadOnlyCollection<string>? explicitHeaders = null)
    {
        var request = Build(method, pathAndQuery, json);
        beforeSigning?.Invoke(request);
        TestSigner.SignRequest(request, Credentials, timestamp ?? _time.GetUtcNow(), style, expirationSeconds, explicitHeaders);
        return _http.SendAsync(request);
    }

    /// <summary>Sends an already built request as is (for malformed-auth tests).</summary>
    public Task<HttpResponseMessage> SendRawAsync(HttpRequestMessage request) => _http.SendAsync(request);

    /// <summary>An unsigned request with the usual headers.</summary>
    public HttpRequestMessage Build(HttpMethod method, string pathAndQuery, string? json = null)
    {
        var request = new HttpRequestMessage(method, new Uri(_http.BaseAddress!, pathAndQuery));
        if (json is not null || method == HttpMethod.Post || method == HttpMethod.Put)
        {
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(json ?? string.Empty));
            if (json is not null)
            {
                request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json;charset=utf-8");
            }
        }

        return request;
    }

    public Task<HttpResponseMessage> CreateAsync(object body, string? clientToken = null) =>
        SendAsync(HttpMethod.Post, "/v1/peerconn" + Token("?", clientToken), JsonSerializer.Serialize(body));

    /// <summary>Creates a connection and returns its id, failing the test on anything but 200.</summary>
    public async Task<string> CreateOkAsync(object body, string? clientToken = null)
    {
        using var response = await CreateAsync(body, clientToken);
        var json = await response.ShouldBeJsonAsync();
        return json.GetProperty("peerConnId").GetString()!;
    }

    public Task<HttpResponseMessage> GetDetailAsync(string id, string? role = null) =>
        SendAsync(HttpMethod.Get, $"/v1/peerconn/{id}" + (role is null ? string.Empty : $"?role={role}"));

    public async Task<JsonElement> GetDetailOkAsync(string id, string? role = null)
    {
        using var response = await GetDetailAsync(id, role);
        return await response.ShouldBeJsonAsync();
    }

    public Task<HttpResponseMessage> ListAsync(string query = "") =>
        SendAsync(HttpMethod.Get, "/v1/peerconn" + (query.Length > 0 ? "?" + query : string.Empty));

    /// <summary>PUT /v1/peerconn/{id}?{action} with an optional body and extra query (for example <c>role=initiator</c>).</summary>
    public Task<HttpResponseMessage> ActionAsync(string id, string? action, object? body = null, string? extraQuery = null, string? clientToken = null, string? ifMatch = null)
    {
        var query = new List<string>();
        if (action is not null)
        {
            query.Add(action);
        }

        if (extraQuery is not null)
        {
            query.Add(extraQuery);
        }

        if (clientToken is not null)
        {
            query.Add("clientToken=" + clientToken);
        }

        var path = $"/v1/peerconn/{id}" + (query.Count > 0 ? "?" + string.Join('&', query) : string.Empty);
        return SendAsync(
            HttpMethod.Put,
            path,
            body is null ? null : JsonSerializer.Serialize(body),
            ifMatch is null ? null : r => r.Headers.TryAddWithoutValidation("If-Match", ifMatch));
    }

    public Task<HttpResponseMessage> DeleteAsync(string id, string? clientToken = null, string? ifMatch = null) =>
        SendAsync(
            HttpMethod.Delete,
            $"/v1/peerconn/{id}" + Token("?", clientToken),
            beforeSigning: ifMatch is null ? null : r => r.Headers.TryAddWithoutValidation("If-Match", ifMatch));

    private static string Token(string separator, string? clientToken) =>
        clientToken is null ? string.Empty : $"{separator}clientToken={clientToken}";
}
