using System.Globalization;
using System.Text;
using Bce.Testing;
using Bce.Vpc.PeerConnections;
using Microsoft.AspNetCore.Http;
using PeerConn.Client.Tests.Wire;
using Xunit.Abstractions;

namespace PeerConn.Client.Tests.Paging;

/// <summary>Run alone: the test reads the process's live managed memory, which any test running beside it would move.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class LiveMemoryCollection
{
    public const string Name = "Live managed memory";
}

/// <summary>
/// Walking every item of a listing holds one page at a time, never the listing: the peak live managed memory while
/// enumerating 100 pages of 1,000 connections is that of 10 pages. Live memory is measured after a full collection at
/// every page boundary, so garbage not yet collected does not count, and what the pager kept does.
/// </summary>
[Collection(LiveMemoryCollection.Name)]
public sealed class ListAllMemoryTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int ItemsPerPage = 1000;

    private LoopbackServer _server = null!;

    public async Task InitializeAsync() =>
        _server = (await LoopbackServer.StartAsync(recordRequests: false)).Otherwise((context, _) => AnswerAsync(context));

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Peak_live_memory_is_the_same_for_ten_thousand_and_one_hundred_thousand_items()
    {
        using var client = WireClient.Create(_server);
        // Warm up with the long listing: JIT, the connection, and the pools (array pools, Kestrel's) grow to their
        // working size once, after which their size does not depend on how long a listing is.
        await PeakLiveBytesAsync(client, pages: 100);

        var tenPages = await PeakLiveBytesAsync(client, pages: 10);
        var hundredPages = await PeakLiveBytesAsync(client, pages: 100);

        output.WriteLine($"peak live managed memory: 10 pages {tenPages:N0} B, 100 pages {hundredPages:N0} B");
        // Keeping the items would add about 90,000 connections (tens of MB); a page is a few hundred KB.
        Assert.True(hundredPages < tenPages + (2 << 20), $"10 pages peaked at {tenPages:N0} B, 100 pages at {hundredPages:N0} B");
    }

    private static async Task<long> PeakLiveBytesAsync(PeerConnClient client, int pages)
    {
        var peak = 0L;
        var count = 0;
        await foreach (var item in client.ListAllPeerConnsAsync(new ListPeerConnRequest { MaxKeys = ItemsPerPage, Marker = Marker(0, pages) }))
        {
            Assert.NotNull(item.PeerConnId);
            if (++count % ItemsPerPage == 0)
            {
                peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: true));
            }
        }

        Assert.Equal(pages * ItemsPerPage, count);
        return peak;
    }

    /// <summary>The marker says which page and how many there are, so one server serves listings of any length.</summary>
    private static string Marker(int page, int pages) => string.Create(CultureInfo.InvariantCulture, $"m-{page}-of-{pages}");

    private static Task AnswerAsync(HttpContext context)
    {
        var parts = context.Request.Query["marker"].ToString().Split('-');
        var page = int.Parse(parts[1], CultureInfo.InvariantCulture);
        var pages = int.Parse(parts[3], CultureInfo.InvariantCulture);
        var json = new StringBuilder(ItemsPerPage * 220).Append("{\"peerConns\":[");
        for (var i = 0; i < ItemsPerPage; i++)
        {
            var id = (page * ItemsPerPage) + i;
            json.Append(i == 0 ? "" : ",").Append(CultureInfo.InvariantCulture,
                $$"""{"peerConnId":"peerconn-{{id:D8}}","role":"initiator","status":"active","bandwidthInMbps":10,"localVpcId":"vpc-a{{id:D6}}","peerVpcId":"vpc-b{{id:D6}}","description":"page {{page}} item {{i}}"}""");
        }

        var last = page == pages - 1;
        json.Append(CultureInfo.InvariantCulture, $"],\"isTruncated\":{(last ? "false" : "true")},\"maxKeys\":{ItemsPerPage},\"marker\":\"{Marker(page, pages)}\"");
        if (!last)
        {
            json.Append(",\"nextMarker\":\"").Append(Marker(page + 1, pages)).Append('"');
        }

        return LoopbackServer.Respond(context, 200, json.Append('}').ToString());
    }
}
