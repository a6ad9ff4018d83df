using Bce.Runtime.Credentials;
using Bce.Runtime.Errors;
using Bce.Runtime.Pipeline;
using Bce.Runtime.Sts;

namespace Bce.Runtime.Tests.Credentials;

/// <summary>A CR, LF or other control character in a credential never reaches the wire, and no message shows the value.</summary>
public sealed class HeaderInjectionTests
{
    private const string Injected = "X-Injected: yes";

    [Theory]
    [InlineData("ak\r\n" + Injected, "sk-sk-sk-sk", null)]
    [InlineData("ak-ak-ak-ak", "sk-sk\n" + Injected, null)]
    [InlineData("ak-ak-ak-ak", "sk-sk-sk-sk", "token\r\n" + Injected)]
    [InlineData("ak-ak-ak-ak", "sk-sk-sk-sk", "token\0" + Injected)]
    [InlineData("ak-ak-ak-ak", "sk-sk-sk-sk", "tok en")]
    [InlineData("ak-\u00e9-ak", "sk-sk-sk-sk", null)]
    public void Credentials_with_characters_a_header_cannot_carry_are_refused_without_showing_them(string ak, string sk, string? token)
    {
        var error = Assert.Throws<ArgumentException>(() => new BceCredentials(ak, sk, token));

        Assert.DoesNotContain(Injected, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("tok en", error.Message, StringComparison.Ordinal);
        Assert.Contains("not shown", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Session_token_with_a_line_break_from_sts_is_refused_and_nothing_is_sent_with_it()
    {
        await using var sts = await LoopbackServer.StartAsync();
        sts.Otherwise(200, "{\"accessKeyId\":\"session-ak\",\"secretAccessKey\":\"session-sk\",\"sessionToken\":\"tok\\r\\nX-Injected: yes\",\"expiration\":\"2099-01-01T00:00:00Z\"}");
        await using var service = await LoopbackServer.StartAsync();
        using var stsClient = new StsClient(new BceCredentials(TestKeys.AccessKeyId, TestKeys.SecretAccessKey), new BceClientOptions { Endpoint = sts.BaseUri });
        using var pipeline = new BcePipeline(PipelineHarness.Service, new StsSessionCredentialProvider(stsClient), new BceClientOptions { Endpoint = service.BaseUri });

        var error = await Assert.ThrowsAsync<BceClientException>(() => pipeline.SendAsync(new BceRequestMessage(HttpMethod.Get, "/v1/widget", "ListWidgets")));

        Assert.Empty(service.Requests);
        Assert.DoesNotContain(Injected, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Session_token_with_a_line_break_from_the_environment_is_refused_before_sending()
    {
        var variables = new Dictionary<string, string>
        {
            [EnvironmentCredentialProvider.AccessKeyIdVariable] = TestKeys.AccessKeyId,
            [EnvironmentCredentialProvider.SecretAccessKeyVariable] = TestKeys.SecretAccessKey,
            [EnvironmentCredentialProvider.SessionTokenVariable] = "token\nX-Injected: yes",
        };
        var provider = new EnvironmentCredentialProvider(name => variables.GetValueOrDefault(name));
        await using var harness = await PipelineHarness.StartAsync(credentials: provider);

        var error = await Assert.ThrowsAsync<BceClientException>(() => harness.Pipeline.SendAsync(new BceRequestMessage(HttpMethod.Get, "/v1/widget", "ListWidgets")));

        Assert.Empty(harness.Server.Requests);
        Assert.Contains(EnvironmentCredentialProvider.SessionTokenVariable, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Injected, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Static_provider_cannot_be_built_with_a_token_holding_a_line_break()
    {
        Assert.Throws<ArgumentException>(() => new StaticCredentialProvider("ak-ak-ak-ak", "sk-sk-sk-sk", "t\r\n" + Injected));
    }
}
