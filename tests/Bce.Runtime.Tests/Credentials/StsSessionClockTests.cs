using Bce.Runtime.Credentials;
using Bce.Runtime.Pipeline;
using Bce.Runtime.Signing;
using Bce.Runtime.Sts;
using Microsoft.Extensions.Time.Testing;

namespace Bce.Runtime.Tests.Credentials;

/// <summary>Session expiry is judged on the service's clock: a local clock far ahead must not expire every session on arrival.</summary>
public sealed class StsSessionClockTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Local_clock_ahead_by_more_than_the_session_length_still_reuses_one_session(bool stsSendsCreateTime)
    {
        // Our clock is 3 h ahead of the service; sessions last 1 h.
        var local = new FakeTimeProvider(TestKeys.Epoch);
        var serviceOffset = TimeSpan.FromHours(-3);
        await using var sts = await LoopbackServer.StartAsync();
        var issued = 0;
        sts.Otherwise(async (context, request) =>
        {
            var serviceNow = local.GetUtcNow() + serviceOffset;
            var signedAt = DateTimeOffset.Parse(request.Header("x-bce-date")!, System.Globalization.CultureInfo.InvariantCulture);
            if ((signedAt - serviceNow).Duration() > TimeSpan.FromMinutes(15))
            {
                await LoopbackServer.Respond(context, 400, "{\"code\":\"RequestExpired\",\"message\":\"expired\"}", ("Date", serviceNow.ToString("r")));
                return;
            }

            var n = Interlocked.Increment(ref issued);
            var created = stsSendsCreateTime ? $",\"createTime\":\"{BceSigner.FormatTimestamp(serviceNow)}\"" : string.Empty;
            await LoopbackServer.Respond(context, 200,
                $"{{\"accessKeyId\":\"session-ak-{n}\",\"secretAccessKey\":\"session-sk-{n}\",\"sessionToken\":\"token-{n}\"{created},\"expiration\":\"{BceSigner.FormatTimestamp(serviceNow.AddHours(1))}\"}}");
        });
        await using var service = await LoopbackServer.StartAsync();
        var options = new BceClientOptions { Endpoint = sts.BaseUri, TimeProvider = local, Retry = { Delay = TimeSpan.Zero } };
        using var stsClient = new StsClient(new BceCredentials(TestKeys.AccessKeyId, TestKeys.SecretAccessKey), options);
        var provider = new StsSessionCredentialProvider(stsClient, durationSeconds: 3600, options: new RefreshingCredentialProviderOptions { TimeProvider = local });
        using var pipeline = new BcePipeline(PipelineHarness.Service, provider, new BceClientOptions { Endpoint = service.BaseUri, TimeProvider = local });

        for (var i = 0; i < 3; i++)
        {
            await pipeline.SendAsync(new BceRequestMessage(HttpMethod.Get, "/v1/widget", "ListWidgets"));
            local.Advance(TimeSpan.FromMinutes(10));
        }

        Assert.Equal(1, issued);
        Assert.Equal(2, sts.Requests.Count); // one RequestExpired, which taught the skew, and one session
        Assert.All(service.Requests, r => Assert.Equal("token-1", r.Header("x-bce-security-token")));
        Assert.Equal(TestKeys.Epoch.AddHours(1), provider.ExpiresAt);
    }

    [Fact]
    public void Session_expiring_before_it_was_issued_is_refused_instead_of_cached()
    {
        var session = new SessionCredentials("ak", "sk", "token", TestKeys.Epoch, TestKeys.Epoch.AddSeconds(-1), "u");

        var error = Assert.Throws<Bce.Runtime.Errors.BceClientException>(() => StsSessionCredentialProvider.LocalExpiry(session, TestKeys.Epoch, TimeSpan.Zero));

        Assert.Contains("not after it was issued", error.Message, StringComparison.Ordinal);
    }
}
