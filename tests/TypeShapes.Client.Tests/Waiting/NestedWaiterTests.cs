using Bce.Runtime;
using Bce.Runtime.Credentials;
using Bce.Runtime.Errors;
using Bce.Runtime.Waiting;
using Bce.Testing;
using Bce.Tests.Shapes;

namespace TypeShapes.Client.Tests.Waiting;

/// <summary>
/// Waiters watching a value inside an object of the answer (<c>property: endpoint.state</c>, and an enum two objects
/// deep): polled until the nested value succeeds, failing fast on a failure value, and waiting on while an object on
/// the path is absent.
/// </summary>
public sealed class NestedWaiterTests : IAsyncLifetime
{
    private static readonly BceWaitOptions Fast = new() { MinDelay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(5), Timeout = TimeSpan.FromSeconds(30) };

    private LoopbackServer _server = null!;
    private ShapesClient _client = null!;

    public async Task InitializeAsync()
    {
        _server = await LoopbackServer.StartAsync();
        _client = new ShapesClient(new BceCredentials("ak-shapes", "sk-shapes"), new BceClientOptions { Endpoint = _server.BaseUri });
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task Polls_until_the_nested_value_is_a_success_value_and_waits_on_while_the_object_is_absent()
    {
        _server.Then(
            new ScriptedAnswer(200, """{"gadgetId":"g-1"}"""),
            new ScriptedAnswer(200, """{"gadgetId":"g-1","endpoint":{"port":80,"state":"pending"}}"""),
            new ScriptedAnswer(200, """{"gadgetId":"g-1","endpoint":{"port":80,"state":"ready"}}"""));

        var response = await _client.WaitUntilGadgetEndpointReadyAsync(new GetGadgetRequest { GadgetId = "g-1" }, Fast);

        Assert.Equal("ready", response.Value.Endpoint!.State);
        Assert.Equal(3, _server.Requests.Count);
        Assert.All(_server.Requests, request => Assert.Equal("/v1/gadget/g-1", request.RawTarget));
    }

    [Fact]
    public async Task Nested_failure_value_ends_the_wait_at_once()
    {
        _server.Then(
            new ScriptedAnswer(200, """{"gadgetId":"g-1","endpoint":{"port":80,"state":"pending"}}"""),
            new ScriptedAnswer(200, """{"gadgetId":"g-1","endpoint":{"port":80,"state":"broken"}}"""));

        var error = await Assert.ThrowsAsync<BceWaiterException>(() => _client.WaitUntilGadgetEndpointReadyAsync(new GetGadgetRequest { GadgetId = "g-1" }, Fast));

        Assert.Contains("broken", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, _server.Requests.Count);
    }

    [Fact]
    public async Task Enum_two_objects_deep_is_compared_by_its_wire_text()
    {
        _server.Then(
            new ScriptedAnswer(200, """{"gadgetId":"g-1","endpoint":{"port":80,"tls":{"mode":"fast"}}}"""),
            new ScriptedAnswer(200, """{"gadgetId":"g-1","endpoint":{"port":80,"tls":{"mode":"safe"}}}"""));

        var response = await _client.WaitUntilGadgetTlsModeSafeAsync(new GetGadgetRequest { GadgetId = "g-1" }, Fast);

        Assert.Equal(Mode.Safe, response.Value.Endpoint!.Tls!.Mode);
        Assert.Equal(2, _server.Requests.Count);
    }
}
