using Bce.Runtime.Errors;
using Bce.Vpc.PeerConnections;

using Bce.Testing;

namespace PeerConn.Client.Tests.Wire;

/// <summary>Generated answer models refuse answers that lack what the spec marks required.</summary>
public sealed class RequiredPropertyWireTests : WireTest
{
    [Fact]
    public async Task Create_answered_200_with_an_empty_object_is_an_invalid_answer_not_a_connection_without_an_id()
    {
        Server.Otherwise(new ScriptedAnswer(200, "{}"));

        var error = await Assert.ThrowsAsync<BceClientException>(() => Client.CreatePeerConnAsync(NewRequest()));

        Assert.Equal(200, error.StatusCode);
        Assert.Equal("{}", error.RawContent);
        Assert.Contains("peerConnId", error.Message, StringComparison.Ordinal);
        Assert.True(error.IsOutcomeUnknown);
        Assert.False(string.IsNullOrEmpty(error.ClientToken));
    }

    [Fact]
    public async Task List_page_with_an_element_without_an_id_is_an_invalid_answer_naming_the_element()
    {
        Server.Otherwise(new ScriptedAnswer(200, """{"peerConns":[{"peerConnId":"p-1"},{"status":"active"}],"isTruncated":false}"""));

        var error = await Assert.ThrowsAsync<BceClientException>(() => Client.ListPeerConnAsync(new ListPeerConnRequest()));

        Assert.Contains("peerConns[1].peerConnId", error.Message, StringComparison.Ordinal);
    }

    private static CreatePeerConnRequest NewRequest() => new()
    {
        BandwidthInMbps = 10,
        LocalVpcId = "vpc-a",
        PeerVpcId = "vpc-b",
        PeerRegion = "bj",
        Billing = new Billing { PaymentTiming = PaymentTiming.Postpaid },
    };
}
