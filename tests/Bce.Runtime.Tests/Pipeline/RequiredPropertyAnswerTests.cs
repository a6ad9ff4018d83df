using Bce.Runtime.Errors;
using Bce.Runtime.Pipeline;
using Bce.Runtime.Tests.TestSupport;

namespace Bce.Runtime.Tests.Pipeline;

/// <summary>A 2xx answer without a property the spec requires is an invalid answer, never a success.</summary>
public sealed class RequiredPropertyAnswerTests
{
    [Theory]
    [InlineData("{}")]
    [InlineData("{\"receiptId\":null}")]
    [InlineData("{\"receiptId\":\"\",\"note\":\"n\"}")]
    public async Task Answer_without_a_required_property_is_a_client_error_with_status_request_id_and_raw_text(string body)
    {
        await using var harness = await PipelineHarness.StartAsync();
        harness.Server.Otherwise(200, body);

        var error = await Assert.ThrowsAsync<BceClientException>(() => harness.Pipeline.SendAsync<Receipt>(new BceRequestMessage(HttpMethod.Get, "/v1/receipt", "GetReceipt")));

        Assert.Equal(200, error.StatusCode);
        Assert.StartsWith("server-", error.RequestId);
        Assert.Equal(body, error.RawContent);
        Assert.Contains("receiptId", error.Message, StringComparison.Ordinal);
        Assert.Single(harness.Server.Requests);
    }

    [Fact]
    public async Task Answer_with_every_required_property_is_a_success()
    {
        await using var harness = await PipelineHarness.StartAsync();
        harness.Server.Otherwise(200, "{\"receiptId\":\"r-1\"}");

        var response = await harness.Pipeline.SendAsync<Receipt>(new BceRequestMessage(HttpMethod.Get, "/v1/receipt", "GetReceipt"));

        Assert.Equal("r-1", response.Value.ReceiptId);
    }

    [Fact]
    public async Task Raw_text_of_an_unusable_sts_like_answer_keeps_no_secret_values()
    {
        await using var harness = await PipelineHarness.StartAsync();
        harness.Server.Otherwise(200, $"{{\"secretAccessKey\":\"{TestKeys.SecretAccessKey}\",\"sessionToken\":\"{TestKeys.SessionToken}\"}}");

        var error = await Assert.ThrowsAsync<BceClientException>(() => harness.Pipeline.SendAsync<Receipt>(new BceRequestMessage(HttpMethod.Get, "/v1/receipt", "GetReceipt")));

        Assert.Contains("REDACTED", error.RawContent, StringComparison.Ordinal);
        TestKeys.AssertNoSecrets(error.ToString() + error.RawContent);
    }
}
