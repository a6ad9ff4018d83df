using Bce.Runtime.Errors;
using Bce.Runtime.Sts;
using Microsoft.Extensions.Time.Testing;

namespace Bce.Runtime.Tests.Sts;

public sealed class StsClientTests
{
    private const string SessionJson =
        "{\"AccessKeyId\":\"temp-ak-0123456789\",\"SECRETACCESSKEY\":\"temp-secret\",\"sessionToken\":\"temp-token\"," +
        "\"createTime\":\"2025-01-15T08:00:00Z\",\"expiration\":\"2025-01-15T20:00:00Z\",\"userId\":\"user-1\",\"roleId\":null}";

    private static StsClient Client(LoopbackServer server) => new(
        new Bce.Runtime.Credentials.BceCredentials(TestKeys.AccessKeyId, TestKeys.SecretAccessKey),
        new BceClientOptions { Endpoint = server.BaseUri, TimeProvider = new FakeTimeProvider(TestKeys.Epoch), Retry = { Delay = TimeSpan.Zero } });

    [Fact]
    public void Default_endpoint_is_https_sts_bj()
    {
        using var client = new StsClient(new Bce.Runtime.Credentials.BceCredentials("ak", "sk"));

        Assert.Equal(new Uri("https://sts.bj.baidubce.com/"), client.Endpoint);
    }

    [Fact]
    public async Task GetSessionToken_posts_a_signed_request_and_reads_the_answer_case_insensitively()
    {
        await using var server = await LoopbackServer.StartAsync();
        server.Then(200, SessionJson);
        using var client = Client(server);

        var session = await client.GetSessionTokenAsync(durationSeconds: 3600);

        var request = Assert.Single(server.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/v1/sessionToken?durationSeconds=3600", request.RawTarget);
        Assert.Null(request.Header("x-bce-security-token"));
        Assert.Equal(string.Empty, request.BodyText);
        SignatureVerifier.AssertValid(request, TestKeys.AccessKeyId, TestKeys.SecretAccessKey);
        Assert.Equal(("temp-ak-0123456789", "temp-secret", "temp-token", "user-1"), (session.AccessKeyId, session.SecretAccessKey, session.SessionToken, session.UserId));
        Assert.Equal(new DateTimeOffset(2025, 1, 15, 20, 0, 0, TimeSpan.Zero), session.Expiration);
        Assert.Equal(TestKeys.Epoch, session.CreateTime);
        Assert.Equal("temp-token", session.ToCredentials().SessionToken);
    }

    [Fact]
    public async Task Acl_is_sent_as_the_json_body_and_duration_can_be_left_to_the_service()
    {
        await using var server = await LoopbackServer.StartAsync();
        server.Then(200, SessionJson);
        using var client = Client(server);

        await client.GetSessionTokenAsync(aclJson: "{\"accessControlList\":[{\"effect\":\"Allow\"}]}");

        var request = Assert.Single(server.Requests);
        Assert.Equal("/v1/sessionToken", request.RawTarget);
        Assert.Equal("{\"accessControlList\":[{\"effect\":\"Allow\"}]}", request.BodyText);
        Assert.Equal("application/json; charset=utf-8", request.Header("Content-Type"));
        SignatureVerifier.AssertValid(request, TestKeys.AccessKeyId, TestKeys.SecretAccessKey);
    }

    [Fact]
    public async Task Invalid_arguments_fail_before_sending()
    {
        await using var server = await LoopbackServer.StartAsync();
        using var client = Client(server);

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => client.GetSessionTokenAsync(durationSeconds: 0));
        await Assert.ThrowsAsync<ArgumentException>(() => client.GetSessionTokenAsync(aclJson: "{not json"));
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task Sts_errors_surface_as_service_exceptions()
    {
        await using var server = await LoopbackServer.StartAsync();
        server.Then(403, "{\"code\":\"AccessDenied\",\"message\":\"not allowed\",\"requestId\":\"sts-1\"}");
        using var client = Client(server);

        var error = await Assert.ThrowsAsync<BceServiceException>(() => client.GetSessionTokenAsync());

        Assert.Equal(("GetSessionToken", "AccessDenied", "sts-1"), (error.OperationName, error.ErrorCode, error.RequestId));
    }

    [Fact]
    public async Task Sts_answers_go_through_the_same_retries()
    {
        await using var server = await LoopbackServer.StartAsync();
        server.Then(503, "").Then(200, SessionJson);
        using var client = Client(server);

        await client.GetSessionTokenAsync();

        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task Answer_missing_the_secret_is_a_client_error_that_does_not_echo_the_body()
    {
        await using var server = await LoopbackServer.StartAsync();
        server.Then(200, "{\"accessKeyId\":\"temp-ak\",\"sessionToken\":\"leaky-token\"}");
        using var client = Client(server);

        var error = await Assert.ThrowsAsync<BceClientException>(() => client.GetSessionTokenAsync());

        Assert.Contains("secretAccessKey", error.Message);
        Assert.DoesNotContain("leaky-token", error.ToString());
    }
}
