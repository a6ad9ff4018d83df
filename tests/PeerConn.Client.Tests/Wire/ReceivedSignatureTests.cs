using Bce.Testing;
using Bce.Vpc.PeerConnections;

namespace PeerConn.Client.Tests.Wire;

/// <summary>The shared check every wire test ends with accepts what the client sent and refuses any byte changed after signing.</summary>
public sealed class ReceivedSignatureTests : WireTest
{
    [Fact]
    public async Task A_request_changed_after_signing_is_refused()
    {
        await Client.DeletePeerConnAsync(new DeletePeerConnRequest { PeerConnId = "a/b c", ClientToken = "be31b98c" });
        var sent = Assert.Single(Server.Requests);
        var ak = WireClient.Credentials.AccessKeyId;
        var sk = WireClient.Credentials.SecretAccessKey;

        Assert.Null(ReceivedSignature.Mismatch(sent, ak, sk));
        Assert.NotNull(ReceivedSignature.Mismatch(sent with { RawTarget = sent.RawTarget.Replace("%2F", "/", StringComparison.Ordinal) }, ak, sk));
        Assert.NotNull(ReceivedSignature.Mismatch(sent with { RawTarget = sent.RawTarget.Replace("be31b98c", "be31b98d", StringComparison.Ordinal) }, ak, sk));
        Assert.NotNull(ReceivedSignature.Mismatch(sent with { Method = "PUT" }, ak, sk));
        var headers = new Dictionary<string, string>(sent.Headers, StringComparer.OrdinalIgnoreCase) { ["x-bce-date"] = "2000-01-01T00:00:00Z" };
        Assert.NotNull(ReceivedSignature.Mismatch(sent with { Headers = headers }, ak, sk));
        Assert.NotNull(ReceivedSignature.Mismatch(sent, ak, sk + "x"));
    }
}
