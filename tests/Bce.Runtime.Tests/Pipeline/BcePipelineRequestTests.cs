using System.Text;
using Bce.Runtime.Credentials;
using Bce.Runtime.Pipeline;
using Bce.Runtime.Signing;
using Microsoft.Extensions.Time.Testing;

namespace Bce.Runtime.Tests.Pipeline;

/// <summary>What goes on the wire, checked on a real loopback server and, where it must match bytes, on a captured request.</summary>
public sealed class BcePipelineRequestTests
{
    [Fact]
    public async Task Get_sends_the_bce_headers_and_a_signature_the_server_can_verify()
    {
        await using var harness = await PipelineHarness.StartAsync();
        harness.Server.Then(200, "{\"id\":\"w-1\",\"size\":\"7\"}", ("ETag", "\"v1\""));
        var message = new BceRequestMessage(HttpMethod.Get, "/v1/widget/w-1", "GetWidget");
        message.AddQuery("role", "initiator");

        var response = await harness.Pipeline.SendAsync<Widget>(message);

        var request = Assert.Single(harness.Server.Requests);
        Assert.Equal("GET", request.Method);
        Assert.Equal("/v1/widget/w-1?role=initiator", request.RawTarget);
        Assert.Equal($"127.0.0.1:{harness.Server.BaseUri.Port}", request.Header("Host"));
        Assert.Equal("application/json; charset=utf-8", request.Header("Content-Type"));
        Assert.Equal("2025-01-15T08:00:00Z", request.Header("x-bce-date"));
        Assert.Matches("^[0-9a-f-]{36}$", request.Header("x-bce-request-id"));
        Assert.StartsWith("bce-sdk-dotnet-gen/", request.Header("User-Agent"));
        Assert.Null(request.Header("x-bce-security-token"));
        SignatureVerifier.AssertValid(request, TestKeys.AccessKeyId, TestKeys.SecretAccessKey);
        var signed = SignatureVerifier.Parse(request.Header("Authorization")!).SignedHeaders;
        Assert.Equal(["content-length", "content-type", "host", "x-bce-date"], signed);

        Assert.Equal("w-1", response.Value.Id);
        Assert.Equal(7, response.Value.Size);
        Assert.Equal(200, response.Status);
        Assert.Equal("\"v1\"", response.ETag);
        Assert.StartsWith("server-", response.RequestId);
        Assert.Equal(1, response.Attempts);
        Widget unwrapped = response;
        Assert.Same(response.Value, unwrapped);
    }

    [Fact]
    public async Task Bare_flags_go_without_equals_and_values_are_uri_encoded()
    {
        await using var harness = await PipelineHarness.StartAsync();
        var message = new BceRequestMessage(HttpMethod.Put, "/v1/widget/" + BceUri.EscapePathSegment("w 1/测"), "AcceptWidget");
        message.AddQuery("accept", null);
        message.AddQuery("note", "a b+c/d=测");
        message.SetClientToken("be31b98c-5e41-4838-9830-9be700de5a20");

        await harness.Pipeline.SendAsync(message);

        var request = Assert.Single(harness.Server.Requests);
        Assert.Equal(
            "/v1/widget/w%201%2F%E6%B5%8B?accept&note=a%20b%2Bc%2Fd%3D%E6%B5%8B&clientToken=be31b98c-5e41-4838-9830-9be700de5a20",
            request.RawTarget);
        SignatureVerifier.AssertValid(request, TestKeys.AccessKeyId, TestKeys.SecretAccessKey);
    }

    [Fact]
    public async Task Post_body_is_sent_once_with_its_length_and_signed()
    {
        await using var harness = await PipelineHarness.StartAsync();
        var message = new BceRequestMessage(HttpMethod.Post, "/v1/widget", "CreateWidget");
        message.SetJsonContent(w =>
        {
            w.WriteStartObject();
            w.WriteString("name", "测试");
            w.WriteEndObject();
        });

        await harness.Pipeline.SendAsync(message);

        var request = Assert.Single(harness.Server.Requests);
        Assert.Equal("{\"name\":\"测试\"}", request.BodyText);
        Assert.Equal(Encoding.UTF8.GetByteCount("{\"name\":\"测试\"}").ToString(System.Globalization.CultureInfo.InvariantCulture), request.Header("Content-Length"));
        SignatureVerifier.AssertValid(request, TestKeys.AccessKeyId, TestKeys.SecretAccessKey);
    }

    [Fact]
    public async Task Session_credentials_send_the_security_token_signed()
    {
        var credentials = new StaticCredentialProvider(TestKeys.AccessKeyId, TestKeys.SecretAccessKey, TestKeys.SessionToken);
        await using var harness = await PipelineHarness.StartAsync(credentials: credentials);

        await harness.Pipeline.SendAsync(new BceRequestMessage(HttpMethod.Get, "/v1/widget", "ListWidgets"));

        var request = Assert.Single(harness.Server.Requests);
        Assert.Equal(TestKeys.SessionToken, request.Header("x-bce-security-token"));
        Assert.Contains("x-bce-security-token", SignatureVerifier.Parse(request.Header("Authorization")!).SignedHeaders);
        SignatureVerifier.AssertValid(request, TestKeys.AccessKeyId, TestKeys.SecretAccessKey);
    }

    [Fact]
    public async Task If_match_is_sent()
    {
        await using var harness = await PipelineHarness.StartAsync();
        var message = new BceRequestMessage(HttpMethod.Put, "/v1/widget/w-1", "UpdateWidget") { IfMatch = "\"v1\"" };

        await harness.Pipeline.SendAsync(message);

        Assert.Equal("\"v1\"", Assert.Single(harness.Server.Requests).Header("If-Match"));
    }

    [Fact]
    public async Task Explicit_headers_to_sign_are_honoured_on_the_wire()
    {
        await using var harness = await PipelineHarness.StartAsync(o => o.SignOptions = new BceSignOptions { HeadersToSign = ["host", "x-bce-request-id"], ExpirationInSeconds = 300 });

        await harness.Pipeline.SendAsync(new BceRequestMessage(HttpMethod.Delete, "/v1/widget/w-1", "DeleteWidget"));

        var request = Assert.Single(harness.Server.Requests);
        var parsed = SignatureVerifier.Parse(request.Header("Authorization")!);
        Assert.Equal(["host", "x-bce-date", "x-bce-request-id"], parsed.SignedHeaders);
        Assert.Equal(300, parsed.Expiration);
        SignatureVerifier.AssertValid(request, TestKeys.AccessKeyId, TestKeys.SecretAccessKey);
    }

    [Fact]
    public async Task Endpoint_path_prefixes_every_request_and_is_signed()
    {
        await using var harness = await PipelineHarness.StartAsync();
        using var pipeline = new BcePipeline(
            PipelineHarness.Service,
            new StaticCredentialProvider(TestKeys.AccessKeyId, TestKeys.SecretAccessKey),
            new BceClientOptions { Endpoint = new Uri(harness.Server.BaseUri, "/gateway/"), TimeProvider = harness.Time });

        await pipeline.SendAsync(new BceRequestMessage(HttpMethod.Get, "/v1/widget", "ListWidgets"));

        var request = Assert.Single(harness.Server.Requests);
        Assert.Equal("/gateway/v1/widget", request.RawTarget);
        SignatureVerifier.AssertValid(request, TestKeys.AccessKeyId, TestKeys.SecretAccessKey);
    }

    [Fact]
    public async Task Authorization_is_the_peerconn_create_vector_signed_with_the_pipeline_content_type()
    {
        // The vector's request, sent through the pipeline: same host, path, query, body, keys and time. The
        // pipeline adds x-bce-request-id and User-Agent, neither of which is signed, and spells Content-Type as
        // .NET re-serialises it ("; charset"), where the vector has Go's spelling. So the expected value is the
        // vector's inputs with that one header changed, signed by the signer the vector tests pin down.
        var vector = Bce.Runtime.Tests.Signing.SigningVector.Named("peerconn_create_post");
        const string body = "{\"bandwidthInMbps\":10,\"description\":\"test peer conn\",\"localIfName\":\"local-interface\",\"localVpcId\":\"vpc-13vuxu016dew\",\"peerVpcId\":\"vpc-jcvmhw9h1a35\",\"peerRegion\":\"bj\",\"billing\":{\"paymentTiming\":\"Postpaid\"}}";
        using var transport = new CapturingHandler();
        using var pipeline = new BcePipeline(
            new BceServiceDescriptor("PeerConn", "bcc.{region}.baidubce.com", "bj", []),
            new StaticCredentialProvider(vector.AccessKeyId, vector.SecretAccessKey),
            new BceClientOptions { Transport = transport, TimeProvider = new FakeTimeProvider(vector.Timestamp) });
        var message = new BceRequestMessage(HttpMethod.Post, "/v1/peerconn", "CreatePeerConn");
        message.SetClientToken("be31b98c-5e41-4838-9830-9be700de5a20");
        message.SetJsonContent(w => w.WriteRawValue(body));

        await pipeline.SendAsync(message);

        var request = Assert.Single(transport.Requests);
        Assert.Equal("https://bcc.bj.baidubce.com/v1/peerconn?clientToken=be31b98c-5e41-4838-9830-9be700de5a20", request.Uri.AbsoluteUri);
        Assert.Equal("bcc.bj.baidubce.com", request.Headers["Host"]);
        Assert.Equal("205", request.Headers["Content-Length"]);
        Assert.Equal("application/json; charset=utf-8", request.Headers["Content-Type"]);
        var expected = BceSigner.Sign(
            new BceCredentials(vector.AccessKeyId, vector.SecretAccessKey),
            "POST",
            "/v1/peerconn",
            [new("clientToken", "be31b98c-5e41-4838-9830-9be700de5a20")],
            [new("Host", "bcc.bj.baidubce.com"), new("Content-Type", "application/json; charset=utf-8"), new("Content-Length", "205"), new("x-bce-date", "2025-01-15T08:00:00Z")],
            vector.Timestamp);
        Assert.Equal(expected, request.Headers["Authorization"]);
        Assert.StartsWith("bce-auth-v1/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/2025-01-15T08:00:00Z/1800/content-length;content-type;host;x-bce-date/", expected);
    }

    [Fact]
    public async Task Caller_supplied_transport_is_not_disposed()
    {
        var transport = new CapturingHandler();
        var pipeline = new BcePipeline(PipelineHarness.Service, new StaticCredentialProvider("ak", "sk"), new BceClientOptions { Transport = transport });

        pipeline.Dispose();

        Assert.False(transport.Disposed);
        await Assert.ThrowsAsync<ObjectDisposedException>(() => pipeline.SendAsync(new BceRequestMessage(HttpMethod.Get, "/", "Op")));
        transport.Dispose();
    }

    [Fact]
    public async Task Credentials_are_read_again_for_every_attempt()
    {
        var provider = new CountingProvider();
        await using var harness = await PipelineHarness.StartAsync(credentials: provider);
        harness.Server.Then(503, "{\"code\":\"ServiceUnavailable\"}");

        await harness.Pipeline.SendAsync(new BceRequestMessage(HttpMethod.Get, "/v1/widget", "ListWidgets"));

        var requests = harness.Server.Requests;
        Assert.Equal(2, requests.Count);
        SignatureVerifier.AssertValid(requests[0], "ak-1", "sk-1");
        SignatureVerifier.AssertValid(requests[1], "ak-2", "sk-2");
    }

    private sealed class CountingProvider : BceCredentialProvider
    {
        private int _calls;

        public override ValueTask<BceCredentials> GetCredentialsAsync(CancellationToken cancellationToken = default)
        {
            var n = Interlocked.Increment(ref _calls);
            return ValueTask.FromResult(new BceCredentials($"ak-{n}", $"sk-{n}"));
        }
    }
}
