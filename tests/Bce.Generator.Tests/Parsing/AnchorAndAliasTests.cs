using Bce.Generator.Tests.Infrastructure;

namespace Bce.Generator.Tests.Parsing;

/// <summary>YAML anchors and aliases resolve to the anchored node, as the real spec relies on for <c>pathParameters</c>.</summary>
public sealed class AnchorAndAliasTests
{
    [Theory]
    [InlineData("UpdatePeerConn")]
    [InlineData("AcceptPeerConnApply")]
    [InlineData("RejectPeerConnApply")]
    [InlineData("DeletePeerConn")]
    [InlineData("ResizePeerConn")]
    [InlineData("RenewPeerConn")]
    [InlineData("OpenPeerConnSyncDns")]
    [InlineData("ClosePeerConnSyncDns")]
    public void Aliased_pathParameters_in_the_real_spec_give_the_request_its_path_parameter(string operation)
    {
        var result = GeneratorHarness.Run(GeneratorHarness.PeerConnSpec);

        Assert.Empty(result.Diagnostics);
        var request = SpecRuns.Source(result, $"PeerConn.{operation}Request.g.cs");
        Assert.Contains("PeerConnId", request, StringComparison.Ordinal);
    }

    [Fact]
    public void Aliased_mapping_and_scalar_produce_the_same_members_as_the_anchor()
    {
        var result = GeneratorHarness.Run(
            """
            service:
              name: Demo
              apiVersion: v1
              endpoint: e
              defaultRegion: bj
            operations:
              GetThing:
                method: GET
                path: /things/{thingId}
                pathParameters: &thing
                  thingId: { type: &text string }
              DeleteThing:
                method: DELETE
                path: /things/{thingId}
                pathParameters: *thing
                query:
                  reason: { type: *text }
            """);

        Assert.Empty(result.Diagnostics);
        Assert.Contains("ThingId", SpecRuns.Source(result, "Demo.GetThingRequest.g.cs"), StringComparison.Ordinal);
        var delete = SpecRuns.Source(result, "Demo.DeleteThingRequest.g.cs");
        Assert.Contains("ThingId", delete, StringComparison.Ordinal);
        Assert.Contains("string? Reason", delete, StringComparison.Ordinal);
    }
}
