using Bce.Runtime.Credentials;
using Bce.Runtime.Pipeline;
using Bce.Runtime.Sts;
using Microsoft.Extensions.Time.Testing;

namespace Bce.Runtime.Tests.Credentials;

/// <summary>STS session credentials end to end: an STS stub and a service stub, both on loopback.</summary>
public sealed class StsSessionCredentialProviderTests
{
    [Fact]
    public async Task Service_calls_are_signed_with_session_keys_and_carry_the_token_and_refresh_before_expiry()
    {
        var time = new FakeTimeProvider(TestKeys.Epoch);
        await using var sts = await LoopbackServer.StartAsync();
        var issued = 0;
        sts.Otherwise(async (context, _) =>
        {
            var n = Interlocked.Increment(ref issued);
            var expiration = Bce.Runtime.Signing.BceSigner.FormatTimestamp(time.GetUtcNow().AddHours(1));
            await LoopbackServer.Respond(context, 200, $"{{\"accessKeyId\":\"session-ak-{n}\",\"secretAccessKey\":\"session-sk-{n}\",\"sessionToken\":\"token-{n}\",\"expiration\":\"{expiration}\"}}");
        });
        await using var service = await LoopbackServer.StartAsync();
        var options = new BceClientOptions { Endpoint = sts.BaseUri, TimeProvider = time };
        using var stsClient = new StsClient(new BceCredentials(TestKeys.AccessKeyId, TestKeys.SecretAccessKey), options);
        var provider = new StsSessionCredentialProvider(stsClient, durationSeconds: 3600, options: new RefreshingCredentialProviderOptions { TimeProvider = time });
        using var pipeline = new BcePipeline(PipelineHarness.Service, provider, new BceClientOptions { Endpoint = service.BaseUri, TimeProvider = time });

        await pipeline.SendAsync(new BceRequestMessage(HttpMethod.Get, "/v1/widget", "ListWidgets"));
        await pipeline.SendAsync(new BceRequestMessage(HttpMethod.Get, "/v1/widget", "ListWidgets"));
        time.Advance(TimeSpan.FromMinutes(55)); // inside the 6-minute preempt window of a 1-hour session
        await pipeline.SendAsync(new BceRequestMessage(HttpMethod.Get, "/v1/widget", "ListWidgets"));

        Assert.Equal(2, sts.Requests.Count);
        Assert.All(sts.Requests, r => SignatureVerifier.AssertValid(r, TestKeys.AccessKeyId, TestKeys.SecretAccessKey));
        Assert.All(sts.Requests, r => Assert.Equal("/v1/sessionToken?durationSeconds=3600", r.RawTarget));
        var calls = service.Requests;
        Assert.Equal(["token-1", "token-1", "token-2"], calls.Select(r => r.Header("x-bce-security-token")));
        SignatureVerifier.AssertValid(calls[0], "session-ak-1", "session-sk-1");
        SignatureVerifier.AssertValid(calls[2], "session-ak-2", "session-sk-2");
        Assert.Equal(time.GetUtcNow().AddHours(1), provider.ExpiresAt);
    }

    [Fact]
    public async Task Sts_answer_without_expiration_cannot_be_refreshed_and_says_so()
    {
        await using var sts = await LoopbackServer.StartAsync();
        sts.Otherwise(200, "{\"accessKeyId\":\"a\",\"secretAccessKey\":\"b\",\"sessionToken\":\"c\"}");
        using var stsClient = new StsClient(new BceCredentials("ak", "sk"), new BceClientOptions { Endpoint = sts.BaseUri });
        var provider = new StsSessionCredentialProvider(stsClient);

        var error = await Assert.ThrowsAsync<Bce.Runtime.Errors.BceClientException>(async () => await provider.GetCredentialsAsync());

        Assert.Contains("expiration", error.Message);
    }
}
