using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Bce.Runtime.Credentials;
using Bce.Runtime.Signing;

namespace PeerConn.AotSmoke;

/// <summary>One HTTP/1.1 request as the stub read it off the socket.</summary>
internal sealed record StubRequest(
    string Method,
    string Path,
    IReadOnlyList<KeyValuePair<string, string?>> Query,
    IReadOnlyDictionary<string, string> Headers,
    byte[] Body);

/// <summary>The stub's answer: status, JSON body and extra headers.</summary>
internal sealed record StubAnswer(int Status, string Body, string? ETag = null);

/// <summary>
/// A minimal HTTP/1.1 server on a free 127.0.0.1 port, on a plain <see cref="TcpListener"/> so that the smoke program
/// stays free of ASP.NET and reflection. It re-verifies every request's bce-auth-v1 signature from the bytes it received
/// (with the runtime's <see cref="CanonicalRequest"/>), answers 403 SignatureDoesNotMatch when it is wrong, and otherwise
/// lets <see cref="Answer"/> decide. One request per connection (it answers with <c>Connection: close</c>).
/// </summary>
internal sealed class LoopbackStub : IAsyncDisposable
{
    private const int MaxHeaderBytes = 32 * 1024;

    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stopping = new();
    private readonly BceCredentials _credentials;
    private Task _acceptLoop = Task.CompletedTask;

    private LoopbackStub(BceCredentials credentials) => _credentials = credentials;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Every request received, in order.</summary>
    public ConcurrentQueue<StubRequest> Requests { get; } = new();

    /// <summary>Decides the answer to a correctly signed request; 404 NoSuchObject until set.</summary>
    public Func<StubRequest, StubAnswer> Answer { get; set; } = _ => NotFound();

    public static LoopbackStub Start(BceCredentials credentials)
    {
        var stub = new LoopbackStub(credentials);
        stub._listener.Start();
        var port = ((IPEndPoint)stub._listener.LocalEndpoint).Port;
        stub.BaseAddress = new Uri("http://127.0.0.1:" + port.ToString(CultureInfo.InvariantCulture));
        stub._acceptLoop = stub.AcceptLoopAsync();
        return stub;
    }

    public static StubAnswer NotFound() =>
        new(404, """{"requestId":"stub-404","code":"NoSuchObject","message":"The resource does not exist."}""");

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        _listener.Stop();
        await _acceptLoop;
        _stopping.Dispose();
    }

    private async Task AcceptLoopAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            TcpClient connection;
            try
            {
                connection = await _listener.AcceptTcpClientAsync(_stopping.Token);
            }
            catch (Exception exception) when (exception is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = ServeAsync(connection);
        }
    }

    private async Task ServeAsync(TcpClient connection)
    {
        using (connection)
        {
            try
            {
                var stream = connection.GetStream();
                var request = await ReadRequestAsync(stream, _stopping.Token);
                if (request is null)
                {
                    return;
                }

                Requests.Enqueue(request);
                var signatureProblem = FindSignatureProblem(request);
                var answer = signatureProblem is null
                    ? Answer(request)
                    : new StubAnswer(403, $$"""{"requestId":"stub-403","code":"SignatureDoesNotMatch","message":"{{signatureProblem}}"}""");
                await WriteAnswerAsync(stream, answer, _stopping.Token);
            }
            catch (Exception exception) when (exception is IOException or SocketException or OperationCanceledException)
            {
                // The client went away or the stub is stopping: nothing to answer.
            }
        }
    }

    private static async Task<StubRequest?> ReadRequestAsync(NetworkStream stream, CancellationToken cancellationToken)
    {
        var buffer = new byte[MaxHeaderBytes];
        var filled = 0;
        int headerEnd;
        while ((headerEnd = buffer.AsSpan(0, filled).IndexOf("\r\n\r\n"u8)) < 0)
        {
            if (filled == buffer.Length)
            {
                return null;
            }

            var read = await stream.ReadAsync(buffer.AsMemory(filled), cancellationToken);
            if (read == 0)
            {
                return null;
            }

            filled += read;
        }

        var lines = Encoding.ASCII.GetString(buffer, 0, headerEnd).Split("\r\n");
        var requestLine = lines[0].Split(' ');
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines.AsSpan(1))
        {
            var colon = line.IndexOf(':');
            headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
        }

        var length = headers.TryGetValue("content-length", out var lengthText) ? int.Parse(lengthText, CultureInfo.InvariantCulture) : 0;
        var body = new byte[length];
        var bodyStart = headerEnd + 4;
        var alreadyRead = Math.Min(filled - bodyStart, length);
        buffer.AsSpan(bodyStart, alreadyRead).CopyTo(body);
        await stream.ReadExactlyAsync(body.AsMemory(alreadyRead), cancellationToken);

        var target = requestLine[1];
        var queryStart = target.IndexOf('?');
        var path = queryStart < 0 ? target : target[..queryStart];
        var query = queryStart < 0 ? [] : ParseQuery(target[(queryStart + 1)..]);
        return new StubRequest(requestLine[0], path, query, headers, body);
    }

    private static List<KeyValuePair<string, string?>> ParseQuery(string query)
    {
        var pairs = new List<KeyValuePair<string, string?>>();
        foreach (var part in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = part.IndexOf('=');
            pairs.Add(equals < 0
                ? new(Uri.UnescapeDataString(part), null)
                : new(Uri.UnescapeDataString(part[..equals]), Uri.UnescapeDataString(part[(equals + 1)..])));
        }

        return pairs;
    }

    /// <summary>Recomputes the Authorization header from what arrived; null when it matches.</summary>
    private string? FindSignatureProblem(StubRequest request)
    {
        if (!request.Headers.TryGetValue("authorization", out var authorization))
        {
            return "no Authorization header";
        }

        // bce-auth-v1/{ak}/{timestamp}/{expiration}/{signedHeaders}/{signature}
        var parts = authorization.Split('/');
        if (parts.Length != 6 || parts[0] != BceSigner.AuthVersion || parts[1] != _credentials.AccessKeyId)
        {
            return "malformed Authorization header";
        }

        if (request.Headers.GetValueOrDefault("x-bce-date") != parts[2])
        {
            return "x-bce-date differs from the signing time";
        }

        var signedNames = parts[4].Split(';');
        if (!signedNames.Contains("host") || !signedNames.Contains("x-bce-date"))
        {
            return "host or x-bce-date is not signed";
        }

        var signedHeaders = new List<KeyValuePair<string, string>>();
        foreach (var name in signedNames)
        {
            signedHeaders.Add(new(name, request.Headers.GetValueOrDefault(name) ?? string.Empty));
        }

        var timestamp = DateTimeOffset.ParseExact(parts[2], "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
        var canonical = CanonicalRequest.Create(request.Method, request.Path, request.Query, signedHeaders, signedNames);
        var expected = BceSigner.CreateAuthorization(_credentials, canonical, timestamp, int.Parse(parts[3], CultureInfo.InvariantCulture));
        return expected == authorization ? null : "signature does not match";
    }

    private static async Task WriteAnswerAsync(NetworkStream stream, StubAnswer answer, CancellationToken cancellationToken)
    {
        var body = Encoding.UTF8.GetBytes(answer.Body);
        var head = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"HTTP/1.1 {answer.Status} {ReasonPhrase(answer.Status)}\r\n")
            .Append("Content-Type: application/json;charset=UTF-8\r\n")
            .Append(CultureInfo.InvariantCulture, $"Content-Length: {body.Length}\r\n")
            .Append(CultureInfo.InvariantCulture, $"x-bce-request-id: stub-{answer.Status}\r\n")
            .Append(answer.ETag is null ? string.Empty : $"ETag: {answer.ETag}\r\n")
            .Append("Connection: close\r\n\r\n")
            .ToString();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head), cancellationToken);
        await stream.WriteAsync(body, cancellationToken);
    }

    private static string ReasonPhrase(int status) => status switch
    {
        200 => "OK",
        403 => "Forbidden",
        404 => "Not Found",
        _ => "Status",
    };
}
