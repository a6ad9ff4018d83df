using Bce.Runtime.Errors;
using Bce.Runtime.Pipeline;

namespace Bce.Runtime.Tests;

public sealed class BcePageableTests
{
    private static readonly BceResponse Ok = new(200, "rid");

    private static BcePage<int> Page(int[] items, string? next) => new(items, next, next is not null, Ok);

    [Fact]
    public async Task Enumerates_items_across_pages_following_next_marker()
    {
        var markers = new List<string?>();
        var pageable = new BcePageable<int>((marker, _) =>
        {
            markers.Add(marker);
            return Task.FromResult(marker switch
            {
                null => Page([1, 2], "m2"),
                "m2" => Page([3], "m3"),
                _ => Page([4, 5], null),
            });
        });

        var items = await pageable.ToListAsync();

        Assert.Equal([1, 2, 3, 4, 5], items);
        Assert.Equal([null, "m2", "m3"], markers);
    }

    [Fact]
    public async Task AsPages_resumes_from_a_marker()
    {
        var pageable = new BcePageable<int>((marker, _) => Task.FromResult(marker == "m3" ? Page([4, 5], null) : Page([0], "m3")));

        var pages = await pageable.AsPages("m3").ToListAsync();

        Assert.Equal([4, 5], Assert.Single(pages).Items);
    }

    [Fact]
    public async Task Repeated_next_marker_stops_with_a_client_error()
    {
        var fetches = 0;
        var pageable = new BcePageable<int>(
            (marker, _) =>
            {
                fetches++;
                return Task.FromResult(marker is null ? Page([1], "a") : Page([2], marker == "a" ? "b" : "a"));
            },
            "ListWidgets");

        var error = await Assert.ThrowsAsync<BceClientException>(async () => await pageable.ToListAsync());

        Assert.Equal(3, fetches);
        Assert.Contains("'a' a second time", error.Message);
        Assert.Equal(("ListWidgets", "rid"), (error.OperationName, error.RequestId));
    }

    [Fact]
    public async Task Next_marker_equal_to_the_starting_marker_is_a_loop()
    {
        var pageable = new BcePageable<int>((marker, _) => Task.FromResult(Page([1], "start")));

        await Assert.ThrowsAsync<BceClientException>(async () => await pageable.AsPages("start").ToListAsync());
    }

    [Fact]
    public async Task Truncated_page_without_next_marker_is_a_client_error()
    {
        var pageable = new BcePageable<int>((_, _) => Task.FromResult(new BcePage<int>([1], null, IsTruncated: true, Ok)));

        var error = await Assert.ThrowsAsync<BceClientException>(async () => await pageable.ToListAsync());

        Assert.Contains("no nextMarker", error.Message);
    }

    [Fact]
    public async Task Page_that_is_not_truncated_ends_even_with_a_next_marker()
    {
        var pageable = new BcePageable<int>((_, _) => Task.FromResult(new BcePage<int>([1], "ignored", IsTruncated: false, Ok)));

        Assert.Equal([1], await pageable.ToListAsync());
    }

    [Fact]
    public async Task Cancellation_stops_between_pages()
    {
        using var cancellation = new CancellationTokenSource();
        var pageable = new BcePageable<int>((marker, _) => Task.FromResult(Page([1], marker is null ? "m2" : "m" + marker)));
        var seen = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var item in pageable.WithCancellation(cancellation.Token))
            {
                if (++seen == 2)
                {
                    await cancellation.CancelAsync();
                }
            }
        });

        Assert.Equal(2, seen);
    }

    [Fact]
    public async Task Pages_over_the_pipeline_carry_their_response_metadata()
    {
        await using var harness = await PipelineHarness.StartAsync();
        harness.Server.Otherwise(async (context, request) =>
        {
            var marker = request.Query.FirstOrDefault(q => q.Key == "marker").Value;
            var body = marker switch
            {
                null => "{\"widgets\":[{\"id\":\"w1\"},{\"id\":\"w2\"}],\"isTruncated\":true,\"nextMarker\":\"w3\"}",
                "w3" => "{\"widgets\":[{\"id\":\"w3\"}],\"marker\":\"w3\",\"isTruncated\":true,\"nextMarker\":\"w4\"}",
                _ => "{\"widgets\":[{\"id\":\"w4\"}],\"marker\":\"w4\",\"isTruncated\":false}",
            };
            await LoopbackServer.Respond(context, 200, body);
        });
        var pageable = new BcePageable<Widget>(async (marker, cancellationToken) =>
        {
            var message = new BceRequestMessage(HttpMethod.Get, "/v1/widget", "ListWidgets");
            message.AddQuery("maxKeys", "2");
            if (marker is not null)
            {
                message.AddQuery("marker", marker);
            }

            var response = await harness.Pipeline.SendAsync<WidgetList>(message, cancellationToken);
            return new BcePage<Widget>(response.Value.Widgets ?? [], response.Value.NextMarker, response.Value.IsTruncated ?? false, response);
        });

        var pages = await pageable.AsPages().ToListAsync();

        Assert.Equal(["w1", "w2", "w3", "w4"], pages.SelectMany(p => p.Items).Select(w => w.Id));
        Assert.All(pages, p => Assert.StartsWith("server-", p.Response.RequestId));
        Assert.Equal(["/v1/widget?maxKeys=2", "/v1/widget?maxKeys=2&marker=w3", "/v1/widget?maxKeys=2&marker=w4"], harness.Server.Requests.Select(r => r.RawTarget));
        Assert.All(harness.Server.Requests, r => SignatureVerifier.AssertValid(r, TestKeys.AccessKeyId, TestKeys.SecretAccessKey));
    }
}
