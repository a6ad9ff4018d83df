using Bce.Runtime.Credentials;
using Bce.Runtime.Errors;
using Bce.Runtime.Pipeline;

namespace Bce.Runtime.Tests.Pipeline;

/// <summary>How answers become responses and exceptions.</summary>
public sealed class BcePipelineResponseTests
{
    private static BceRequestMessage Get(bool emptyBodyIsNotFound = false) =>
        new(HttpMethod.Get, "/v1/widget/w-1", "GetWidget") { EmptyBodyIsNotFound = emptyBodyIsNotFound };

    private static Task<PipelineHarness> StartWithoutRetries() => PipelineHarness.StartAsync(o => o.Retry.MaxRetries = 0);

    [Fact]
    public async Task Json_error_envelope_becomes_a_service_exception()
    {
        await using var harness = await StartWithoutRetries();
        harness.Server.Then(404, "{\"code\":\"NoSuchObject\",\"message\":\"account not exist\",\"requestId\":\"c4abab14\"}");

        var error = await Assert.ThrowsAsync<BceServiceException>(() => harness.Pipeline.SendAsync<Widget>(Get()));

        Assert.Equal((404, "NoSuchObject", "account not exist", "c4abab14"), (error.StatusCode, error.ErrorCode, error.ErrorMessage, error.RequestId));
        Assert.Equal("GetWidget failed: 404 NoSuchObject: account not exist (request id c4abab14, 1 attempt)", error.Message);
        Assert.Contains("account not exist", error.RawContent);
    }

    [Fact]
    public async Task Request_id_comes_from_the_header_when_the_body_has_none()
    {
        await using var harness = await StartWithoutRetries();
        harness.Server.Then(403, "{\"code\":\"AccessDenied\",\"message\":\"no\"}", ("x-bce-request-id", "from-header"));

        var error = await Assert.ThrowsAsync<BceServiceException>(() => harness.Pipeline.SendAsync(Get()));

        Assert.Equal("from-header", error.RequestId);
        Assert.Equal("from-header", error.Headers["x-bce-request-id"]);
    }

    [Fact]
    public async Task Empty_error_body_gives_a_derived_code_and_the_header_request_id()
    {
        await using var harness = await StartWithoutRetries();
        harness.Server.Then(404, null, ("x-bce-request-id", "rid-404"));

        var error = await Assert.ThrowsAsync<BceServiceException>(() => harness.Pipeline.SendAsync(Get()));

        Assert.Equal((404, "NoSuchObject", "rid-404"), (error.StatusCode, error.ErrorCode, error.RequestId));
        Assert.Contains("empty body", error.Message);
        Assert.Null(error.RawContent);
    }

    [Fact]
    public async Task Html_error_body_keeps_status_and_raw_text()
    {
        await using var harness = await StartWithoutRetries();
        harness.Server.Then(502, "<html><body><h1>502 Bad Gateway</h1></body></html>");

        var error = await Assert.ThrowsAsync<BceServiceException>(() => harness.Pipeline.SendAsync(Get()));

        Assert.Equal((502, "BadGateway"), (error.StatusCode, error.ErrorCode));
        Assert.Contains("<h1>502 Bad Gateway</h1>", error.Message);
        Assert.Equal("<html><body><h1>502 Bad Gateway</h1></body></html>", error.RawContent);
    }

    [Fact]
    public async Task Broken_json_error_body_keeps_status_and_raw_text()
    {
        await using var harness = await StartWithoutRetries();
        harness.Server.Then(500, "{\"code\":\"InternalErr");

        var error = await Assert.ThrowsAsync<BceServiceException>(() => harness.Pipeline.SendAsync(Get()));

        Assert.Equal((500, "InternalError"), (error.StatusCode, error.ErrorCode));
        Assert.Equal("{\"code\":\"InternalErr", error.RawContent);
    }

    [Fact]
    public async Task Empty_success_body_on_a_not_found_operation_is_a_404_no_such_object()
    {
        await using var harness = await PipelineHarness.StartAsync();
        harness.Server.Then(200, null, ("x-bce-request-id", "rid-empty"));

        var error = await Assert.ThrowsAsync<BceServiceException>(() => harness.Pipeline.SendAsync<Widget>(Get(emptyBodyIsNotFound: true)));

        Assert.Equal((404, "NoSuchObject", "rid-empty"), (error.StatusCode, error.ErrorCode, error.RequestId));
        Assert.Contains("answered 200 with an empty body", error.ErrorMessage);
        Assert.Single(harness.Server.Requests);
    }

    [Fact]
    public async Task Empty_success_body_elsewhere_is_a_client_error_keeping_status_and_request_id()
    {
        await using var harness = await PipelineHarness.StartAsync();
        harness.Server.Then(200, null, ("x-bce-request-id", "rid-empty"));

        var error = await Assert.ThrowsAsync<BceClientException>(() => harness.Pipeline.SendAsync<Widget>(Get()));

        Assert.Equal((200, "rid-empty"), (error.StatusCode, error.RequestId));
        Assert.Contains("empty body", error.Message);
    }

    [Fact]
    public async Task Unparsable_success_body_is_a_client_error_and_not_retried()
    {
        await using var harness = await PipelineHarness.StartAsync();
        harness.Server.Then(200, "{\"size\":\"big\"}", ("x-bce-request-id", "rid-bad"));

        var error = await Assert.ThrowsAsync<BceClientException>(() => harness.Pipeline.SendAsync<Widget>(Get()));

        Assert.Single(harness.Server.Requests);
        Assert.Equal((200, "rid-bad", "GetWidget"), (error.StatusCode, error.RequestId, error.OperationName));
        Assert.IsType<System.Text.Json.JsonException>(error.InnerException);
        Assert.False(error.IsOutcomeUnknown);
    }

    [Fact]
    public async Task Untyped_send_accepts_an_empty_success_body()
    {
        await using var harness = await PipelineHarness.StartAsync();
        harness.Server.Then(200, null, ("x-bce-request-id", "rid-ok"));

        var response = await harness.Pipeline.SendAsync(new BceRequestMessage(HttpMethod.Delete, "/v1/widget/w-1", "DeleteWidget"));

        Assert.Equal((200, "rid-ok", 1), (response.Status, response.RequestId, response.Attempts));
    }

    [Fact]
    public async Task Credential_failure_is_a_client_error_and_sends_nothing()
    {
        var provider = new EnvironmentCredentialProvider(static _ => null);
        await using var harness = await PipelineHarness.StartAsync(credentials: provider);

        var error = await Assert.ThrowsAsync<BceClientException>(() => harness.Pipeline.SendAsync(Get()));

        Assert.Contains("BCE_ACCESS_KEY_ID", error.Message);
        Assert.Empty(harness.Server.Requests);
    }

    [Fact]
    public async Task Unexpected_credential_provider_failure_is_wrapped_and_not_retried()
    {
        await using var harness = await PipelineHarness.StartAsync(credentials: new ThrowingProvider());

        var error = await Assert.ThrowsAsync<BceClientException>(() => harness.Pipeline.SendAsync(Get()));

        // Named by type; the provider's own exception is not attached, since its text may hold the secret it failed to load.
        Assert.Null(error.InnerException);
        Assert.Contains("ThrowingProvider: InvalidOperationException", error.Message);
        Assert.Equal(1, error.Attempts);
        Assert.Empty(harness.Server.Requests);
    }

    [Fact]
    public async Task Service_errors_never_show_keys_tokens_or_the_authorization_header()
    {
        var credentials = new StaticCredentialProvider(TestKeys.AccessKeyId, TestKeys.SecretAccessKey, TestKeys.SessionToken);
        await using var harness = await PipelineHarness.StartAsync(o => o.Retry.MaxRetries = 0, credentials);
        harness.Server.Then(400, "{\"code\":\"SignatureDoesNotMatch\",\"message\":\"signature mismatch\"}");

        var error = await Assert.ThrowsAsync<BceServiceException>(() => harness.Pipeline.SendAsync(Get()));

        TestKeys.AssertNoSecrets(error.ToString());
        TestKeys.AssertNoSecrets(string.Join("\n", error.Headers.Select(h => $"{h.Key}: {h.Value}")));
    }

    private sealed class ThrowingProvider : BceCredentialProvider
    {
        public override ValueTask<Bce.Runtime.Credentials.BceCredentials> GetCredentialsAsync(CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("vault unreachable");
    }
}
