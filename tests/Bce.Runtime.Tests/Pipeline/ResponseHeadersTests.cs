using Bce.Runtime.Pipeline;
using Bce.Runtime.Tests.TestSupport;

namespace Bce.Runtime.Tests.Pipeline;

/// <summary>A response's headers are read in place from the answer: a case-insensitive, read-only map.</summary>
public sealed class ResponseHeadersTests
{
    private static BceRequestMessage Get() => new(HttpMethod.Get, "/v1/widget", "GetWidget");

    [Fact]
    public async Task Headers_are_found_by_any_casing_and_missing_ones_are_absent()
    {
        await using var harness = await PipelineHarness.StartAsync();
        harness.Server.Otherwise(200, """{"id":"w-1"}""", ("ETag", "\"v7\""), ("x-bce-custom", "yes"));

        var headers = (await harness.Pipeline.SendAsync<Widget>(Get())).Headers;

        Assert.Equal("yes", headers["X-BCE-CUSTOM"]);
        Assert.True(headers.TryGetValue("etag", out var eTag));
        Assert.Equal("\"v7\"", eTag);
        Assert.StartsWith("application/json", headers["content-type"], StringComparison.Ordinal);
        Assert.False(headers.ContainsKey("x-bce-absent"));
        Assert.False(headers.TryGetValue("not a header name", out _));
        Assert.Throws<KeyNotFoundException>(() => headers["x-bce-absent"]);
    }

    [Fact]
    public async Task Enumeration_lists_response_and_content_headers_once_each()
    {
        await using var harness = await PipelineHarness.StartAsync();
        harness.Server.Otherwise(200, """{"id":"w-1"}""", ("x-bce-custom", "yes"));

        var headers = (await harness.Pipeline.SendAsync<Widget>(Get())).Headers;
        var listed = headers.ToDictionary(h => h.Key, h => h.Value, StringComparer.OrdinalIgnoreCase);

        Assert.Equal(headers.Count, listed.Count);
        Assert.Equal(headers.Count, headers.Keys.Count());
        Assert.Equal("yes", listed["x-bce-custom"]);
        Assert.True(listed.ContainsKey("Content-Length"));
        Assert.True(listed.ContainsKey("x-bce-request-id"));
        Assert.Equal(listed.Values.OrderBy(v => v), headers.Values.OrderBy(v => v));
    }

    [Fact]
    public async Task Header_sent_twice_reads_as_its_values_joined()
    {
        await using var harness = await PipelineHarness.StartAsync();
        harness.Server.Otherwise(async (context, _) =>
        {
            context.Response.Headers["x-bce-twice"] = new Microsoft.Extensions.Primitives.StringValues(["one", "two"]);
            await LoopbackServer.Respond(context, 200, """{"id":"w-1"}""");
        });

        var headers = (await harness.Pipeline.SendAsync<Widget>(Get())).Headers;

        Assert.Equal("one, two", headers["x-bce-twice"]);
        Assert.Equal("one, two", headers.Single(h => h.Key == "x-bce-twice").Value);
    }

    [Fact]
    public async Task Concurrent_readers_see_the_same_headers()
    {
        await using var harness = await PipelineHarness.StartAsync();
        harness.Server.Otherwise(200, """{"id":"w-1"}""", ("x-bce-custom", "yes"));
        var headers = (await harness.Pipeline.SendAsync<Widget>(Get())).Headers;

        var seen = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() =>
            string.Join("|", headers.OrderBy(h => h.Key, StringComparer.Ordinal).Select(h => h.Key + "=" + h.Value)) + "#" + headers["x-bce-custom"])));

        Assert.Single(seen.Distinct());
    }
}
