using Bce.Runtime.Pipeline;
using Bce.Runtime.Tests.TestSupport;

namespace Bce.Runtime.Tests.Pipeline;

/// <summary>
/// Headers an operation sends of its own (<see cref="BceRequestMessage.SetHeader"/>): checked when set with the rule
/// every header follows, sent with every attempt, and signed as the pipeline signs headers (x-bce-* always).
/// </summary>
public sealed class OperationHeaderTests
{
    [Fact]
    public async Task Operation_header_is_sent_and_an_x_bce_one_is_signed()
    {
        await using var harness = await PipelineHarness.StartAsync();
        var message = new BceRequestMessage(HttpMethod.Get, "/v1/widget", "ListWidgets");
        message.SetHeader("x-bce-widget-zone", "zone-a");
        message.SetHeader("X-Trace", "t-1");

        await harness.Pipeline.SendAsync(message);

        var request = Assert.Single(harness.Server.Requests);
        Assert.Equal("zone-a", request.Header("x-bce-widget-zone"));
        Assert.Equal("t-1", request.Header("X-Trace"));
        SignatureVerifier.AssertValid(request, TestKeys.AccessKeyId, TestKeys.SecretAccessKey);
        var signed = SignatureVerifier.Parse(request.Header("Authorization")!).SignedHeaders;
        Assert.Equal(["content-length", "content-type", "host", "x-bce-date", "x-bce-widget-zone"], signed);
    }

    [Fact]
    public async Task Operation_header_is_signed_on_every_attempt_beside_the_session_token()
    {
        await using var harness = await PipelineHarness.StartAsync(credentials: new Bce.Runtime.Credentials.StaticCredentialProvider(
            new Bce.Runtime.Credentials.BceCredentials(TestKeys.AccessKeyId, TestKeys.SecretAccessKey, TestKeys.SessionToken)));
        harness.Server.Then(503, "{\"code\":\"ServiceUnavailable\",\"message\":\"m\",\"requestId\":\"r\"}");
        var message = new BceRequestMessage(HttpMethod.Put, "/v1/widget/w-1", "UpdateWidget") { IfMatch = "\"v1\"" };
        message.SetHeader("x-bce-a", "1");
        message.SetHeader("x-bce-b", "2");

        await harness.Pipeline.SendAsync(message);

        Assert.Equal(2, harness.Server.Requests.Count);
        foreach (var request in harness.Server.Requests)
        {
            Assert.Equal("1", request.Header("x-bce-a"));
            Assert.Equal("2", request.Header("x-bce-b"));
            SignatureVerifier.AssertValid(request, TestKeys.AccessKeyId, TestKeys.SecretAccessKey);
        }
    }

    [Theory]
    [InlineData("a\r\nX-Injected: 1")]
    [InlineData("a\nb")]
    [InlineData("测")]
    public void Header_value_that_cannot_be_sent_is_refused_when_set_without_showing_it(string value)
    {
        var message = new BceRequestMessage(HttpMethod.Get, "/v1/widget", "ListWidgets");

        var error = Assert.Throws<ArgumentException>(() => message.SetHeader("x-bce-zone", value));

        Assert.Contains("not shown", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(value, error.Message, StringComparison.Ordinal);
        Assert.Empty(message.Headers);
    }

    [Theory]
    [InlineData("Authorization")]
    [InlineData("x-bce-date")]
    [InlineData("X-BCE-SECURITY-TOKEN")]
    [InlineData("host")]
    [InlineData("If-Match")]
    [InlineData("bad name")]
    [InlineData("x:y")]
    public void Header_name_the_pipeline_writes_or_that_is_not_a_token_is_refused(string name)
    {
        var message = new BceRequestMessage(HttpMethod.Get, "/v1/widget", "ListWidgets");

        Assert.Throws<ArgumentException>(() => message.SetHeader(name, "v"));
    }

    [Fact]
    public void Setting_a_header_again_replaces_it_ignoring_case()
    {
        var message = new BceRequestMessage(HttpMethod.Get, "/v1/widget", "ListWidgets");
        message.SetHeader("x-bce-zone", "a");
        message.SetHeader("X-Bce-Zone", "b");

        var header = Assert.Single(message.Headers);
        Assert.Equal("b", header.Value);
    }

    [Fact]
    public async Task Repeated_query_keys_are_sent_in_order_and_signed_sorted()
    {
        await using var harness = await PipelineHarness.StartAsync();
        var message = new BceRequestMessage(HttpMethod.Get, "/v1/subnet/ip", "GetIps");
        message.AddQuery("ips", "10.0.0.3");
        message.AddQuery("ips", "10.0.0.1");
        message.AddQuery("ids", "a,b");

        await harness.Pipeline.SendAsync(message);

        var request = Assert.Single(harness.Server.Requests);
        Assert.Equal("/v1/subnet/ip?ips=10.0.0.3&ips=10.0.0.1&ids=a%2Cb", request.RawTarget);
        SignatureVerifier.AssertValid(request, TestKeys.AccessKeyId, TestKeys.SecretAccessKey);
    }
}
