using Bce.Runtime.Errors;
using Bce.Runtime.Pipeline;
using Bce.Runtime.Tests.TestSupport;
using Microsoft.AspNetCore.Http;

namespace Bce.Runtime.Tests.Pipeline;

/// <summary>Whatever bytes an error answer carries, the caller gets the error its status means, retried when that status is.</summary>
public sealed class ErrorBodyBytesTests
{
    // {"code":"Service\xFFUnavailable","message":"busy"}: 0xFF is never valid UTF-8.
    private static readonly byte[] InvalidUtf8Envelope =
        [.. "{\"code\":\"Service"u8, 0xFF, .. "Unavailable\",\"message\":\"busy\"}"u8];

    private static Task RespondBytes(HttpContext context, int status, byte[] body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        return context.Response.Body.WriteAsync(body).AsTask();
    }

    [Fact]
    public async Task Invalid_utf8_in_a_503_envelope_is_retried_and_surfaces_as_the_status_derived_error_with_the_raw_text()
    {
        await using var harness = await PipelineHarness.StartAsync();
        harness.Server.Otherwise((context, _) => RespondBytes(context, 503, InvalidUtf8Envelope));
        var message = new BceRequestMessage(HttpMethod.Post, "/v1/widget", "CreateWidget");

        var error = await Assert.ThrowsAsync<BceServiceException>(() => harness.Pipeline.SendAsync(message));

        Assert.Equal((503, "ServiceUnavailable", 4), (error.StatusCode, error.ErrorCode, error.Attempts));
        Assert.Equal(4, harness.Server.Requests.Count);
        Assert.Contains("Service\uFFFDUnavailable", error.RawContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_utf8_in_a_400_envelope_is_not_retried_and_keeps_its_status()
    {
        await using var harness = await PipelineHarness.StartAsync();
        harness.Server.Otherwise((context, _) => RespondBytes(context, 400, InvalidUtf8Envelope));

        var error = await Assert.ThrowsAsync<BceServiceException>(() => harness.Pipeline.SendAsync(new BceRequestMessage(HttpMethod.Get, "/v1/widget", "GetWidget")));

        Assert.Equal((400, "InvalidHTTPRequest", 1), (error.StatusCode, error.ErrorCode, error.Attempts));
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x00 })]
    [InlineData(new byte[] { 0x7B, 0x22, 0x63, 0x6F, 0x64, 0x65, 0x22, 0x3A, 0x22, 0xC3 })]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF })]
    public void Any_bytes_parse_to_a_status_derived_error(byte[] body)
    {
        var error = ErrorEnvelopeParser.Parse(503, body);

        Assert.Equal("ServiceUnavailable", error.Code);
    }
}
