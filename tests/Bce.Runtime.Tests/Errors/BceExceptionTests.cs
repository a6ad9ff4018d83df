using Bce.Runtime.Errors;

namespace Bce.Runtime.Tests.Errors;

public sealed class BceExceptionTests
{
    [Fact]
    public void Service_exception_message_names_operation_status_code_message_request_id_token_and_attempts()
    {
        var error = new BceServiceException(409, "PeerConn.VpcPairExists", "already peered", "req-1")
        {
            OperationName = "CreatePeerConn",
            ClientToken = "token-1",
            Attempts = 2,
        };

        Assert.Equal("CreatePeerConn failed: 409 PeerConn.VpcPairExists: already peered (request id req-1, client token token-1, 2 attempts)", error.Message);
    }

    [Fact]
    public void Service_exception_raw_content_is_cut_to_4_kb()
    {
        var error = new BceServiceException(500, "InternalError", "x") { RawContent = new string('a', 10_000) };

        Assert.StartsWith(new string('a', BceServiceException.MaxRawContentLength), error.RawContent);
        Assert.True(error.RawContent!.Length < BceServiceException.MaxRawContentLength + 20);
    }

    [Fact]
    public void Client_exception_message_adds_context_when_known()
    {
        var bare = new BceClientException("The environment variable X is not set.");
        var withContext = new BceClientException("Could not get an answer.") { OperationName = "DeletePeerConn", ClientToken = "t", Attempts = 4, IsOutcomeUnknown = true };

        Assert.Equal("The environment variable X is not set.", bare.Message);
        Assert.Equal("DeletePeerConn: Could not get an answer. (client token t, 4 attempts, outcome unknown: the write may have been applied)", withContext.Message);
    }

    [Fact]
    public void Both_kinds_are_bce_exceptions()
    {
        Assert.IsAssignableFrom<BceException>(new BceServiceException(400, "X", "y"));
        Assert.IsAssignableFrom<BceException>(new BceClientException("z"));
    }
}
