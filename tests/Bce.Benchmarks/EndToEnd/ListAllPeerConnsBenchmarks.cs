using System.Globalization;
using System.Net.Http.Json;
using Bce.Benchmarks.Json;
using Bce.Runtime;
using Bce.Runtime.Credentials;
using Bce.Runtime.Serialization;
using Bce.Testing;
using Bce.Vpc.PeerConnections;
using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Http;

namespace Bce.Benchmarks.EndToEnd;

/// <summary>
/// Every item of ListPeerConn over loopback: <see cref="Pages"/> pages of 1,000 fully populated connections (about
/// 600 KB each) from the shared <see cref="LoopbackServer"/>, through the generated <c>ListAllPeerConnsAsync</c>
/// (the full pipeline per page) and through the baseline, a hand-written loop of <c>GetFromJsonAsync</c> with the
/// source-generated System.Text.Json context over the same signing handler. Allocated / (Pages × 1,000) is the
/// per-item cost; the Gen2 column shows whether answer buffers reach the large object heap; 10 and 100 pages show
/// whether memory per item stays flat as the listing grows.
/// </summary>
[MemoryDiagnoser]
public class ListAllPeerConnsBenchmarks
{
    private const int ItemsPerPage = 1000;

    private static readonly BceCredentials Credentials = new("a0c3e1b7f2d94c8e9b1a2f3c4d5e6f70", "0f1e2d3c4b5a69788796a5b4c3d2e1f0");

    private LoopbackServer _server = null!;
    private PeerConnClient _generated = null!;
    private HttpClient _raw = null!;
    private byte[][] _pages = [];

    /// <summary>Pages in the listing: 10 (10,000 items) or 100 (100,000 items).</summary>
    [Params(10, 100)]
    public int Pages { get; set; }

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _pages = [.. Enumerable.Range(0, Pages).Select(CreatePage)];
        _server = (await LoopbackServer.StartAsync(recordRequests: false)).Otherwise((context, _) => AnswerAsync(context));
        _generated = new PeerConnClient(Credentials, new BceClientOptions { Endpoint = _server.BaseUri });
        _raw = new HttpClient(new BceSigningHandler(Credentials, new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false }))
        {
            BaseAddress = _server.BaseUri,
        };

        var expected = Pages * ItemsPerPage;
        var counts = new[] { await HandWrittenStjLoop(), await GeneratedListAll() };
        if (counts.Any(count => count != expected))
        {
            throw new InvalidOperationException($"A contender did not read {expected} items: {string.Join(", ", counts)}");
        }
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        _generated.Dispose();
        _raw.Dispose();
        await _server.DisposeAsync();
    }

    [Benchmark(Baseline = true)]
    public async Task<int> HandWrittenStjLoop()
    {
        var count = 0;
        string? marker = null;
        while (true)
        {
            var uri = marker is null ? "/v1/peerconn?maxKeys=1000" : "/v1/peerconn?maxKeys=1000&marker=" + marker;
            var page = await _raw.GetFromJsonAsync(uri, PocoJsonContext.Default.ListPeerConnResultPoco);
            foreach (var item in page!.PeerConns!)
            {
                count += item.PeerConnId is null ? 0 : 1;
            }

            if (page.IsTruncated != true)
            {
                return count;
            }

            marker = page.NextMarker;
        }
    }

    [Benchmark]
    public async Task<int> GeneratedListAll()
    {
        var count = 0;
        await foreach (var item in _generated.ListAllPeerConnsAsync(new ListPeerConnRequest { MaxKeys = ItemsPerPage }))
        {
            count += item.PeerConnId is null ? 0 : 1;
        }

        return count;
    }

    private byte[] CreatePage(int index)
    {
        var items = new List<PeerConn>(ItemsPerPage);
        for (var i = 0; i < ItemsPerPage; i++)
        {
            items.Add(Payloads.CreatePeerConn((index * ItemsPerPage) + i));
        }

        var last = index == Pages - 1;
        return BceJson.Serialize(new ListPeerConnResult
        {
            PeerConns = items,
            Marker = "p" + index.ToString(CultureInfo.InvariantCulture),
            IsTruncated = !last,
            NextMarker = last ? null : "p" + (index + 1).ToString(CultureInfo.InvariantCulture),
            MaxKeys = ItemsPerPage,
        });
    }

    private Task AnswerAsync(HttpContext context)
    {
        var response = context.Response;
        var marker = context.Request.Query["marker"].ToString();
        var index = marker.Length > 1 ? int.Parse(marker.AsSpan(1), CultureInfo.InvariantCulture) : 0;
        var body = _pages[index];
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/json;charset=UTF-8";
        response.ContentLength = body.Length;
        return response.Body.WriteAsync(body).AsTask();
    }
}
