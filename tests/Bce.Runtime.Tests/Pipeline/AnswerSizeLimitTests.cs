using System.IO.Compression;
using Bce.Runtime.Errors;
using Bce.Runtime.Pipeline;
using Bce.Runtime.Tests.TestSupport;
using Microsoft.AspNetCore.Http;

namespace Bce.Runtime.Tests.Pipeline;

/// <summary>Answers are read up to MaxResponseSize (decompressed bytes) and no further.</summary>
public sealed class AnswerSizeLimitTests
{
    private static readonly Lazy<byte[]> GzipBomb = new(() =>
    {
        // 64 MiB of spaces inflate from about 64 KB of gzip.
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var chunk = new byte[1024 * 1024];
            chunk.AsSpan().Fill((byte)' ');
            for (var i = 0; i < 64; i++)
            {
                gzip.Write(chunk);
            }
        }

        return compressed.ToArray();
    });

    private static BceRequestMessage Get() => new(HttpMethod.Get, "/v1/widget", "GetWidget");

    [Fact]
    public async Task Gzip_answer_inflating_past_the_limit_is_a_client_error_naming_the_limit()
    {
        await using var harness = await PipelineHarness.StartAsync(o => o.MaxResponseSize = 1024 * 1024);
        harness.Server.Otherwise(async (context, _) =>
        {
            context.Response.StatusCode = 200;
            context.Response.Headers.ContentEncoding = "gzip";
            await context.Response.Body.WriteAsync(GzipBomb.Value);
        });

        var error = await Assert.ThrowsAsync<BceClientException>(() => harness.Pipeline.SendAsync<Widget>(Get()));

        Assert.Contains("MaxResponseSize (1048576 bytes)", error.Message, StringComparison.Ordinal);
        Assert.Equal(200, error.StatusCode);
        Assert.Single(harness.Server.Requests);
    }

    [Fact]
    public async Task Plain_answer_past_the_default_limit_is_refused()
    {
        await using var harness = await PipelineHarness.StartAsync();
        var body = new byte[BceClientOptions.DefaultMaxResponseSize + 1];
        harness.Server.Otherwise((context, _) => WriteUndeclared(context, body));

        var error = await Assert.ThrowsAsync<BceClientException>(() => harness.Pipeline.SendAsync(Get()));

        Assert.Contains("MaxResponseSize", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Declared_content_length_past_the_limit_fails_before_reading()
    {
        await using var harness = await PipelineHarness.StartAsync(o => o.MaxResponseSize = 4096);
        harness.Server.Otherwise(async (context, _) =>
        {
            context.Response.ContentLength = 5000;
            await context.Response.Body.WriteAsync(new byte[5000]);
        });

        var error = await Assert.ThrowsAsync<BceClientException>(() => harness.Pipeline.SendAsync(Get()));

        Assert.Contains("MaxResponseSize (4096 bytes)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Write_whose_2xx_answer_is_too_large_was_applied_and_says_so()
    {
        await using var harness = await PipelineHarness.StartAsync(o => o.MaxResponseSize = 4096);
        harness.Server.Otherwise((context, _) => WriteUndeclared(context, new byte[8192]));
        var message = new BceRequestMessage(HttpMethod.Post, "/v1/widget", "CreateWidget");
        message.SetClientToken(IdempotencyToken.Create());

        var error = await Assert.ThrowsAsync<BceClientException>(() => harness.Pipeline.SendAsync(message));

        Assert.True(error.IsOutcomeUnknown);
    }

    [Fact]
    public async Task Answer_at_exactly_the_limit_is_read()
    {
        await using var harness = await PipelineHarness.StartAsync(o => o.MaxResponseSize = 4096);
        var body = "{\"id\":\"" + new string('x', 4096 - 9) + "\"}";
        harness.Server.Otherwise(200, body);

        var response = await harness.Pipeline.SendAsync<Widget>(Get());

        Assert.Equal(4096 - 9, response.Value.Id!.Length);
    }

    [Theory]
    [InlineData(1023)]
    [InlineData(1024 * 1024 * 1024 + 1)]
    public void Limit_outside_1_KiB_to_1_GiB_is_refused(int size)
    {
        var error = Assert.Throws<ArgumentException>(() => new BcePipeline(PipelineHarness.Service, new Bce.Runtime.Credentials.StaticCredentialProvider("ak", "sk"), new BceClientOptions { MaxResponseSize = size }));

        Assert.Contains("MaxResponseSize", error.Message, StringComparison.Ordinal);
    }

    private static async Task WriteUndeclared(HttpContext context, byte[] body)
    {
        context.Response.StatusCode = 200;
        // Chunks without a Content-Length, so only reading can tell the size.
        for (var offset = 0; offset < body.Length; offset += 64 * 1024)
        {
            await context.Response.Body.WriteAsync(body.AsMemory(offset, Math.Min(64 * 1024, body.Length - offset)));
        }
    }
}
