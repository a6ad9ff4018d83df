using Acme.Gadgets;
using Bce.Runtime;
using Bce.Runtime.Errors;
using Bce.Testing;
using PeerConn.Client.Tests.Wire;

namespace PeerConn.Client.Tests.WireShapes;

/// <summary>
/// The generated client of tests/TestData/wire-shapes.yaml on a recording server: query arrays, header parameters,
/// two path placeholders, a per-operation apiVersion and an array body go out as the spec says and are signed as
/// sent; wrapped and array answers come back as the result type, and a lacking wrapper is an invalid answer.
/// </summary>
public sealed class GadgetWireTests : IAsyncLifetime
{
    private LoopbackServer _server = null!;
    private GadgetClient _client = null!;

    public async Task InitializeAsync()
    {
        _server = (await LoopbackServer.StartAsync()).Otherwise(new ScriptedAnswer(200));
        _client = new GadgetClient(WireClient.Credentials, new BceClientOptions
        {
            Endpoint = _server.BaseUri,
            Retry = { Delay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(5) },
        });
    }

    /// <summary>Every request carries a signature over exactly the bytes the server received.</summary>
    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _server.DisposeAsync();
        foreach (var request in _server.Requests)
        {
            Assert.Null(ReceivedSignature.Mismatch(request, WireClient.Credentials.AccessKeyId, WireClient.Credentials.SecretAccessKey));
        }
    }

    [Fact]
    public async Task Query_arrays_go_comma_joined_or_repeated_and_headers_are_sent_with_x_bce_ones_signed()
    {
        _server.Then(200, "[{\"gadgetId\":\"g-1\",\"kind\":\"lamp\"},{\"gadgetId\":\"g-2\",\"size\":3}]");

        var response = await _client.ListGadgetsAsync(new ListGadgetsRequest
        {
            GadgetIds = ["g-1", "g-2"],
            Sizes = [1, -2],
            Addresses = ["10.0.0.2", "10.0.0.1"],
            Kinds = [GadgetKind.Lamp, new GadgetKind("desk")],
            Verbose = true,
            Zone = "zone-a",
            TraceId = 42,
        });

        var request = Assert.Single(_server.Requests);
        Assert.Equal("GET", request.Method);
        Assert.Equal(
            "/v2/gadget?gadgetIds=g-1%2Cg-2&sizes=1%2C-2&addresses=10.0.0.2&addresses=10.0.0.1&kinds=lamp&kinds=desk&verbose=true",
            request.RawTarget);
        Assert.Equal("zone-a", request.Header("x-bce-gadget-zone"));
        Assert.Equal("42", request.Header("X-Trace-Id"));
        var signed = request.Header("authorization")!.Split('/')[4].Split(';');
        Assert.Contains("x-bce-gadget-zone", signed);
        Assert.DoesNotContain("x-trace-id", signed);
        Assert.Equal(["g-1", "g-2"], response.Value.Select(g => g.GadgetId));
        Assert.Equal(GadgetKind.Lamp, response.Value[0].Kind);
        Assert.Equal(3, response.Value[1].Size);
    }

    [Fact]
    public async Task Unset_and_empty_query_arrays_and_headers_are_not_sent()
    {
        _server.Then(200, "[]");

        var response = await _client.ListGadgetsAsync(new ListGadgetsRequest { GadgetIds = [], Addresses = [] });

        var request = Assert.Single(_server.Requests);
        Assert.Equal("/v2/gadget", request.RawTarget);
        Assert.Null(request.Header("x-bce-gadget-zone"));
        Assert.Empty(response.Value);
    }

    [Fact]
    public async Task Header_value_with_a_line_break_is_refused_before_anything_is_sent()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() =>
            _client.ListGadgetsAsync(new ListGadgetsRequest { Zone = "zone-a\r\nX-Injected: 1" }));

        Assert.DoesNotContain("zone-a", error.Message, StringComparison.Ordinal);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task Wrapped_answer_is_the_model_itself()
    {
        _server.Then(200, "{\"gadget\":{\"gadgetId\":\"g/1\",\"size\":2}}");

        var response = await _client.GetGadgetAsync("g/1");

        Assert.Equal("/v1/gadget/g%2F1", Assert.Single(_server.Requests).RawTarget);
        Assert.Equal("g/1", response.Value.GadgetId);
        Assert.Equal(2, response.Value.Size);
    }

    [Theory]
    [InlineData("{\"gadgetId\":\"g-1\"}")]
    [InlineData("{\"gadget\":null}")]
    [InlineData("{\"gadget\":{\"size\":2}}")]
    public async Task Answer_without_its_wrapper_or_its_required_id_is_an_invalid_answer(string body)
    {
        _server.Then(200, body);

        var error = await Assert.ThrowsAsync<BceClientException>(() => _client.GetGadgetAsync("g-1"));

        Assert.Equal(200, error.StatusCode);
        Assert.StartsWith("server-", error.RequestId);
        Assert.Equal(body, error.RawContent);
        Assert.Contains("gadget", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Empty_answer_of_a_wrapped_get_is_not_found()
    {
        _server.Then(200, string.Empty);

        var error = await Assert.ThrowsAsync<BceServiceException>(() => _client.GetGadgetAsync("g-1"));

        Assert.Equal(404, error.StatusCode);
    }

    [Fact]
    public async Task Wrapped_array_answer_is_the_list_itself()
    {
        _server.Then(200, "{\"parts\":[{\"name\":\"bolt\",\"count\":2}],\"marker\":\"ignored\"}");

        var response = await _client.ListGadgetPartsAsync("g-1");

        Assert.Equal("/v1/gadget/g-1/part", Assert.Single(_server.Requests).RawTarget);
        var part = Assert.Single(response.Value);
        Assert.Equal("bolt", part.Name);
        Assert.Equal(2, part.Count);
    }

    [Fact]
    public async Task Array_body_two_placeholders_and_a_required_header_go_out_as_the_spec_says()
    {
        await _client.ReplaceGadgetPartsAsync(new ReplaceGadgetPartsRequest
        {
            GadgetId = "g 1",
            Slot = 3,
            Owner = "team-a",
            Parts = [new Part { Name = "bolt", Count = 2 }, new Part { Name = "nut" }],
            ClientToken = "token-1",
        });

        var request = Assert.Single(_server.Requests);
        Assert.Equal("PUT", request.Method);
        Assert.Equal("/v1/gadget/g%201/slot/3?clientToken=token-1", request.RawTarget);
        Assert.Equal("[{\"name\":\"bolt\",\"count\":2},{\"name\":\"nut\"}]", request.BodyText);
        Assert.Equal("team-a", request.Header("x-bce-gadget-owner"));
        Assert.Contains("x-bce-gadget-owner", request.Header("authorization")!.Split('/')[4].Split(';'));
    }

    [Fact]
    public async Task Array_body_elements_are_validated_before_sending()
    {
        var error = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => _client.ReplaceGadgetPartsAsync(new ReplaceGadgetPartsRequest
        {
            GadgetId = "g-1",
            Slot = 1,
            Owner = "team-a",
            Parts = [new Part { Name = "bolt", Count = 0 }],
        }));

        Assert.Contains("request.Parts[0]", error.Message, StringComparison.Ordinal);
        Assert.Empty(_server.Requests);
    }

    [Theory]
    [InlineData(200, null)]
    [InlineData(204, null)]
    [InlineData(202, "{\"accepted\":true}")]
    public async Task Operation_without_a_response_accepts_any_2xx_with_or_without_a_body(int status, string? body)
    {
        _server.Then(status, body);

        var response = await _client.DeleteGadgetAsync("g-1");

        Assert.Equal(status, response.Status);
        Assert.Equal("DELETE", Assert.Single(_server.Requests).Method);
    }
}
