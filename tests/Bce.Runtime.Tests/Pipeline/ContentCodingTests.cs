using System.IO.Compression;
using System.Net;
using System.Text;
using Bce.Runtime.Credentials;
using Bce.Runtime.Errors;
using Bce.Runtime.Pipeline;
using Bce.Runtime.Tests.TestSupport;

namespace Bce.Runtime.Tests.Pipeline;

/// <summary>
/// The pipeline asks for compressed answers and decodes them itself (the primary handler does not), so the same
/// codings are read, within MaxResponseSize, on its own handler and on any transport a caller supplies.
/// </summary>
public sealed class ContentCodingTests
{
    private const string WidgetJson = """{"id":"w-1","size":3,"tags":["a","b"]}""";

    private static BceRequestMessage Get() => new(HttpMethod.Get, "/v1/widget", "GetWidget");

    [Fact]
    public async Task Every_attempt_asks_for_gzip_deflate_and_brotli_without_signing_it()
    {
        await using var harness = await PipelineHarness.StartAsync();
        harness.Server.Otherwise(200, WidgetJson);

        await harness.Pipeline.SendAsync<Widget>(Get());

        var request = Assert.Single(harness.Server.Requests);
        Assert.Equal("gzip, deflate, br", request.Headers["Accept-Encoding"]);
        Assert.DoesNotContain("accept-encoding", request.Headers["Authorization"], StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("gzip")]
    [InlineData("x-gzip")]
    [InlineData("deflate")]
    [InlineData("br")]
    [InlineData("GZIP")]
    public async Task Compressed_answer_is_decoded_before_it_is_parsed(string coding)
    {
        await using var harness = await PipelineHarness.StartAsync();
        harness.Server.Otherwise((context, _) =>
            LoopbackServer.Respond(context, 200, Compress(coding, WidgetJson), ("Content-Encoding", coding), ("Content-Type", "application/json")));

        var response = await harness.Pipeline.SendAsync<Widget>(Get());

        Assert.Equal("w-1", response.Value.Id);
        Assert.Equal(["a", "b"], response.Value.Tags);
    }

    [Fact]
    public async Task Identity_coding_is_read_as_sent()
    {
        await using var harness = await PipelineHarness.StartAsync();
        harness.Server.Otherwise(200, WidgetJson, ("Content-Encoding", "identity"));

        var response = await harness.Pipeline.SendAsync<Widget>(Get());

        Assert.Equal("w-1", response.Value.Id);
    }

    [Fact]
    public async Task Compressed_error_answer_is_decoded_for_the_service_exception()
    {
        await using var harness = await PipelineHarness.StartAsync(o => o.Retry.MaxRetries = 0);
        const string error = """{"requestId":"r-9","code":"Widgets.Missing","message":"no such widget"}""";
        harness.Server.Otherwise((context, _) => LoopbackServer.Respond(context, 404, Compress("gzip", error), ("Content-Encoding", "gzip")));

        var failure = await Assert.ThrowsAsync<BceServiceException>(() => harness.Pipeline.SendAsync<Widget>(Get()));

        Assert.Equal("Widgets.Missing", failure.ErrorCode);
        Assert.Equal("r-9", failure.RequestId);
    }

    [Fact]
    public async Task Unknown_coding_is_an_unreadable_answer_never_a_success()
    {
        await using var harness = await PipelineHarness.StartAsync();
        harness.Server.Otherwise((context, _) => LoopbackServer.Respond(context, 200, Compress("gzip", WidgetJson), ("Content-Encoding", "compress")));

        var failure = await Assert.ThrowsAsync<BceClientException>(() => harness.Pipeline.SendAsync<Widget>(Get()));

        Assert.Equal(200, failure.StatusCode);
    }

    [Fact]
    public async Task Corrupt_gzip_answer_is_a_client_error_with_its_status()
    {
        await using var harness = await PipelineHarness.StartAsync(o => o.Retry.MaxRetries = 0);
        harness.Server.Otherwise((context, _) => LoopbackServer.Respond(context, 200, Encoding.UTF8.GetBytes("not gzip at all"), ("Content-Encoding", "gzip")));

        await Assert.ThrowsAsync<BceClientException>(() => harness.Pipeline.SendAsync<Widget>(Get()));
    }

    [Fact]
    public async Task Transport_that_decompresses_itself_is_read_once_not_twice()
    {
        await using var server = await LoopbackServer.StartAsync();
        server.Otherwise((context, _) => LoopbackServer.Respond(context, 200, Compress("gzip", WidgetJson), ("Content-Encoding", "gzip")));
        using var transport = new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.All };
        using var pipeline = new BcePipeline(
            PipelineHarness.Service,
            new StaticCredentialProvider(TestKeys.AccessKeyId, TestKeys.SecretAccessKey),
            new BceClientOptions { Endpoint = server.BaseUri, Transport = transport });

        var response = await pipeline.SendAsync<Widget>(Get());

        Assert.Equal("w-1", response.Value.Id);
        // The handler kept the pipeline's list rather than adding its own a second time.
        Assert.Equal("gzip, deflate, br", Assert.Single(server.Requests).Headers["Accept-Encoding"]);
    }

    private static byte[] Compress(string coding, string text)
    {
        using var output = new MemoryStream();
        using (Stream encoder = coding.ToLowerInvariant() switch
        {
            "gzip" or "x-gzip" => new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true),
            "deflate" => new ZLibStream(output, CompressionLevel.Fastest, leaveOpen: true),
            "br" => new BrotliStream(output, CompressionLevel.Fastest, leaveOpen: true),
            _ => throw new ArgumentOutOfRangeException(nameof(coding)),
        })
        {
            encoder.Write(Encoding.UTF8.GetBytes(text));
        }

        return output.ToArray();
    }
}
