using Bce.Runtime.Errors;
using Bce.Runtime.Pipeline;
using Bce.Runtime.Serialization;
using Bce.Runtime.Tests.TestSupport;

namespace Bce.Runtime.Tests.Pipeline;

/// <summary>
/// Answers in the shapes BCE uses besides a bare object: a model under a wrapper property (<c>{"vpc": {...}}</c>), an
/// array of models (bare or wrapped), and no body at all for an operation that reads none. A lacking wrapper or a
/// required property inside it is an invalid answer, never a success.
/// </summary>
public sealed class AnswerFormatTests
{
    private static BceRequestMessage Get() => new(HttpMethod.Get, "/v1/receipt", "GetReceipt");

    [Fact]
    public async Task Wrapped_answer_is_unwrapped_and_other_properties_are_ignored()
    {
        await using var harness = await PipelineHarness.StartAsync();
        harness.Server.Otherwise(200, "{\"before\":{\"receiptId\":\"no\"},\"receipt\":{\"receiptId\":\"r-1\",\"note\":\"n\"},\"after\":[1,2]}");

        var response = await harness.Pipeline.SendAsync(Get(), BceAnswerFormat.Wrapped<Receipt>("receipt"));

        Assert.Equal("r-1", response.Value.ReceiptId);
        Assert.Equal("n", response.Value.Note);
        Assert.Equal(200, response.Status);
    }

    [Theory]
    [InlineData("{}", "receipt")]
    [InlineData("{\"receipt\":null}", "receipt")]
    [InlineData("{\"other\":{\"receiptId\":\"r-1\"}}", "receipt")]
    [InlineData("{\"receipt\":{\"note\":\"n\"}}", "receipt.receiptId")]
    public async Task Answer_without_its_wrapper_or_a_required_property_inside_it_is_a_client_error(string body, string missing)
    {
        await using var harness = await PipelineHarness.StartAsync();
        harness.Server.Otherwise(200, body);

        var error = await Assert.ThrowsAsync<BceClientException>(() => harness.Pipeline.SendAsync(Get(), BceAnswerFormat.Wrapped<Receipt>("receipt")));

        Assert.Equal(200, error.StatusCode);
        Assert.StartsWith("server-", error.RequestId);
        Assert.Equal(body, error.RawContent);
        Assert.Contains($"the required property {missing} is missing", error.Message, StringComparison.Ordinal);
        Assert.Single(harness.Server.Requests);
    }

    [Theory]
    [InlineData("[1]")]
    [InlineData("{\"receipt\":{\"receiptId\":\"r-1\"}} {}")]
    [InlineData("{\"receipt\":[]}")]
    public async Task Wrapped_answer_of_another_shape_is_unreadable(string body)
    {
        await using var harness = await PipelineHarness.StartAsync();
        harness.Server.Otherwise(200, body);

        var error = await Assert.ThrowsAsync<BceClientException>(() => harness.Pipeline.SendAsync(Get(), BceAnswerFormat.Wrapped<Receipt>("receipt")));

        Assert.Equal(200, error.StatusCode);
        Assert.Contains("could not be read as Receipt", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bare_array_answer_reads_every_element()
    {
        await using var harness = await PipelineHarness.StartAsync();
        harness.Server.Otherwise(200, "[{\"receiptId\":\"r-1\"},{\"receiptId\":\"r-2\",\"note\":\"n\"}]");

        var response = await harness.Pipeline.SendAsync(Get(), BceAnswerFormat.List<Receipt>());

        Assert.Equal(["r-1", "r-2"], response.Value.Select(r => r.ReceiptId));
    }

    [Fact]
    public async Task Wrapped_array_answer_reads_the_wrapped_elements()
    {
        await using var harness = await PipelineHarness.StartAsync();
        harness.Server.Otherwise(200, "{\"receipts\":[{\"receiptId\":\"r-1\"}],\"marker\":\"m\"}");

        var response = await harness.Pipeline.SendAsync(Get(), BceAnswerFormat.WrappedList<Receipt>("receipts"));

        Assert.Equal("r-1", Assert.Single(response.Value).ReceiptId);
    }

    [Theory]
    [InlineData("[{\"receiptId\":\"r-1\"},{\"note\":\"n\"}]", "[1].receiptId")]
    public async Task Array_answer_with_an_element_lacking_a_required_property_names_its_index(string body, string missing)
    {
        await using var harness = await PipelineHarness.StartAsync();
        harness.Server.Otherwise(200, body);

        var error = await Assert.ThrowsAsync<BceClientException>(() => harness.Pipeline.SendAsync(Get(), BceAnswerFormat.List<Receipt>()));

        Assert.Contains($"the required property {missing} is missing", error.Message, StringComparison.Ordinal);
        Assert.Contains("Receipt[]", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("null")]
    [InlineData("[null]")]
    public async Task Array_answer_that_is_not_an_array_of_objects_is_unreadable(string body)
    {
        await using var harness = await PipelineHarness.StartAsync();
        harness.Server.Otherwise(200, body);

        var error = await Assert.ThrowsAsync<BceClientException>(() => harness.Pipeline.SendAsync(Get(), BceAnswerFormat.List<Receipt>()));

        Assert.Equal(200, error.StatusCode);
        Assert.Contains("could not be read as Receipt[]", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(200, "")]
    [InlineData(201, "")]
    [InlineData(204, null)]
    [InlineData(200, "{\"ignored\":true}")]
    public async Task Operation_without_a_response_type_accepts_any_2xx_with_or_without_a_body(int status, string? body)
    {
        await using var harness = await PipelineHarness.StartAsync();
        harness.Server.Otherwise(status, body);

        var response = await harness.Pipeline.SendAsync(new BceRequestMessage(HttpMethod.Delete, "/v1/receipt/r-1", "DeleteReceipt"));

        Assert.Equal(status, response.Status);
    }
}
