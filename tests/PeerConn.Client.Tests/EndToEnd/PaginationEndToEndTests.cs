using Bce.Vpc.PeerConnections;
using PeerConn.Client.Tests.EndToEnd.Infrastructure;

namespace PeerConn.Client.Tests.EndToEnd;

/// <summary>
/// Marker pagination end to end: with more connections than maxKeys, ListAllPeerConnsAsync walks every page and yields
/// each connection exactly once; AsPages exposes page sizes and markers. Each test has its own emulator, so the
/// caller's list holds exactly what the test created.
/// </summary>
public sealed class PaginationEndToEndTests : IAsyncLifetime
{
    private EmulatorHarness _h = null!;

    public async Task InitializeAsync() => _h = await EmulatorHarness.StartAsync();

    public async Task DisposeAsync() => await _h.DisposeAsync();

    [Fact]
    public async Task List_all_with_two_per_page_yields_every_connection_exactly_once()
    {
        var created = await CreateManyAsync(sameAccount: 5, crossAccount: 2);

        var listed = new List<string>();
        await foreach (var peerConn in _h.Primary.ListAllPeerConnsAsync(new ListPeerConnRequest { MaxKeys = 2 }))
        {
            listed.Add(peerConn.PeerConnId!);
        }

        Assert.Equal(created.Order(StringComparer.Ordinal), listed);
        Assert.Equal(4, _h.Emulator.Faults.RequestsSeen["ListPeerConn"]);
    }

    [Fact]
    public async Task Pages_have_the_asked_size_and_chain_by_next_marker()
    {
        var created = (await CreateManyAsync(sameAccount: 7)).Order(StringComparer.Ordinal).ToList();

        var pages = new List<Bce.Runtime.BcePage<Bce.Vpc.PeerConnections.PeerConn>>();
        await foreach (var page in _h.Primary.ListAllPeerConnsAsync(new ListPeerConnRequest { MaxKeys = 2 }).AsPages())
        {
            pages.Add(page);
        }

        Assert.Equal(new[] { 2, 2, 2, 1 }, pages.Select(p => p.Items.Count));
        for (var i = 0; i < pages.Count - 1; i++)
        {
            Assert.True(pages[i].IsTruncated);
            Assert.Equal(pages[i + 1].Items[0].PeerConnId, pages[i].NextMarker);
            Assert.Equal(created[(i + 1) * 2], pages[i].NextMarker);
        }

        Assert.False(pages[^1].IsTruncated);
        Assert.Null(pages[^1].NextMarker);
        Assert.All(pages, p => Assert.Equal(200, p.Response.Status));
        Assert.Equal(pages.Count, pages.Select(p => p.Response.RequestId).Distinct().Count());
    }

    [Fact]
    public async Task A_page_echoes_its_marker_and_page_size()
    {
        var created = (await CreateManyAsync(sameAccount: 5)).Order(StringComparer.Ordinal).ToList();

        var first = (await _h.Primary.ListPeerConnAsync(new ListPeerConnRequest { MaxKeys = 2 })).Value;
        var second = (await _h.Primary.ListPeerConnAsync(new ListPeerConnRequest { MaxKeys = 2, Marker = first.NextMarker })).Value;

        Assert.Equal(created[0], first.Marker);
        Assert.Equal(2, first.MaxKeys);
        Assert.True(first.IsTruncated);
        Assert.Equal(created[2], first.NextMarker);
        Assert.Equal(first.NextMarker, second.Marker);
        Assert.Equal(created[2..4], second.PeerConns!.Select(p => p.PeerConnId!));
        Assert.Equal(created[4], second.NextMarker);
    }

    [Fact]
    public async Task Pages_resume_from_a_saved_marker()
    {
        var created = (await CreateManyAsync(sameAccount: 6)).Order(StringComparer.Ordinal).ToList();

        var resumed = new List<string>();
        await foreach (var page in _h.Primary.ListAllPeerConnsAsync(new ListPeerConnRequest { MaxKeys = 2 }).AsPages(created[3]))
        {
            resumed.AddRange(page.Items.Select(p => p.PeerConnId!));
        }

        Assert.Equal(created[3..], resumed);
    }

    [Fact]
    public async Task Filtering_by_vpc_pages_through_only_that_vpcs_connections()
    {
        await CreateManyAsync(sameAccount: 3);
        var hub = PeerConnRequests.NewVpcId();
        var hubConnections = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            hubConnections.Add(await _h.CreateSameAccountAsync(hub));
        }

        var listed = new List<Bce.Vpc.PeerConnections.PeerConn>();
        await foreach (var peerConn in _h.Primary.ListAllPeerConnsAsync(new ListPeerConnRequest { VpcId = hub, MaxKeys = 2 }))
        {
            listed.Add(peerConn);
        }

        Assert.Equal(hubConnections.Order(StringComparer.Ordinal), listed.Select(p => p.PeerConnId!));
        Assert.All(listed, p => Assert.Equal(hub, p.LocalVpcId));
    }

    [Fact]
    public async Task The_acceptor_account_pages_through_cross_account_connections_from_its_side()
    {
        await CreateManyAsync(sameAccount: 2);
        var crossAccount = await CreateManyAsync(crossAccount: 3);

        var listed = new List<Bce.Vpc.PeerConnections.PeerConn>();
        await foreach (var peerConn in _h.Secondary.ListAllPeerConnsAsync(new ListPeerConnRequest { MaxKeys = 2 }))
        {
            listed.Add(peerConn);
        }

        Assert.Equal(crossAccount.Order(StringComparer.Ordinal), listed.Select(p => p.PeerConnId!));
        Assert.All(listed, p => Assert.Equal(PeerConnRole.Acceptor, p.Role));
    }

    [Fact]
    public async Task Connections_deleted_between_pages_are_skipped_and_nothing_repeats()
    {
        var created = (await CreateManyAsync(sameAccount: 6)).Order(StringComparer.Ordinal).ToList();

        var listed = new List<string>();
        await foreach (var page in _h.Primary.ListAllPeerConnsAsync(new ListPeerConnRequest { MaxKeys = 2 }).AsPages())
        {
            listed.AddRange(page.Items.Select(p => p.PeerConnId!));
            if (page.NextMarker == created[2])
            {
                // The next page would start at the connection just deleted.
                await _h.Primary.DeletePeerConnAsync(new DeletePeerConnRequest { PeerConnId = created[2] });
            }
        }

        Assert.Equal(created.Where((_, i) => i != 2), listed);
    }

    [Fact]
    public async Task An_empty_list_is_one_untruncated_page()
    {
        var pages = new List<Bce.Runtime.BcePage<Bce.Vpc.PeerConnections.PeerConn>>();
        await foreach (var page in _h.Primary.ListAllPeerConnsAsync(new ListPeerConnRequest { MaxKeys = 2 }).AsPages())
        {
            pages.Add(page);
        }

        var only = Assert.Single(pages);
        Assert.Empty(only.Items);
        Assert.False(only.IsTruncated);
    }

    private async Task<List<string>> CreateManyAsync(int sameAccount = 0, int crossAccount = 0)
    {
        var ids = new List<string>();
        for (var i = 0; i < sameAccount; i++)
        {
            ids.Add(await _h.CreateSameAccountAsync());
        }

        for (var i = 0; i < crossAccount; i++)
        {
            ids.Add(await _h.CreateCrossAccountAsync());
        }

        return ids;
    }
}
