using System.Text;
using Bce.Runtime.Errors;

namespace Bce.Runtime.Tests.Errors;

public sealed class ErrorEnvelopeParserTests
{
    private static ErrorEnvelope Parse(int status, string body) => ErrorEnvelopeParser.Parse(status, Encoding.UTF8.GetBytes(body));

    [Fact]
    public void Envelope_fields_are_read()
    {
        var error = Parse(404, "{\"code\":\"NoSuchObject\",\"message\":\"account not exist\",\"requestId\":\"c4abab14\"}");

        Assert.Equal(new ErrorEnvelope("NoSuchObject", "account not exist", "c4abab14", IsEnvelope: true), error);
    }

    [Fact]
    public void Envelope_names_match_case_insensitively_and_unknown_fields_are_skipped()
    {
        var error = Parse(400, "{\"Code\":\"InappropriateJSON\",\"extra\":{\"a\":[1]},\"MESSAGE\":\"bad\",\"RequestID\":\"r\"}");

        Assert.Equal(("InappropriateJSON", "bad", "r"), (error.Code, error.Message, error.RequestId));
    }

    [Theory]
    [InlineData(400, "InvalidHTTPRequest")]
    [InlineData(403, "AccessDenied")]
    [InlineData(404, "NoSuchObject")]
    [InlineData(412, "PreconditionFailed")]
    [InlineData(500, "InternalError")]
    [InlineData(429, "TooManyRequests")]
    [InlineData(502, "BadGateway")]
    [InlineData(503, "ServiceUnavailable")]
    [InlineData(599, "Http599")]
    public void Empty_body_derives_the_code_from_the_status(int status, string code)
    {
        var error = Parse(status, "");

        Assert.Equal(code, error.Code);
        Assert.False(error.IsEnvelope);
        Assert.Contains(status.ToString(System.Globalization.CultureInfo.InvariantCulture), error.Message);
        Assert.Contains("empty body", error.Message);
    }

    [Fact]
    public void Html_body_gives_a_derived_code_and_a_one_line_snippet()
    {
        var error = Parse(502, "<html>\n  <body>\n    <h1>502 Bad Gateway</h1>\n  </body>\n</html>");

        Assert.Equal("BadGateway", error.Code);
        Assert.Contains("not a JSON error envelope", error.Message);
        Assert.Contains("<html> <body> <h1>502 Bad Gateway</h1>", error.Message);
        Assert.DoesNotContain("\n", error.Message);
    }

    [Theory]
    [InlineData("{\"code\":\"InternalError\",\"message\":")]
    [InlineData("{\"code\":\"X\"} garbage")]
    [InlineData("[1,2]")]
    [InlineData("\"just a string\"")]
    public void Broken_or_non_object_json_is_not_taken_as_an_envelope(string body)
    {
        var error = Parse(500, body);

        Assert.Equal("InternalError", error.Code);
        Assert.False(error.IsEnvelope);
    }

    [Fact]
    public void Envelope_without_code_or_message_still_gives_both()
    {
        var error = Parse(403, "{\"requestId\":\"r\"}");

        Assert.Equal("AccessDenied", error.Code);
        Assert.Contains("without an error message", error.Message);
        Assert.Equal("r", error.RequestId);
    }

    [Fact]
    public void Long_bodies_are_cut_in_the_message()
    {
        var error = Parse(500, new string('x', 10_000));

        Assert.True(error.Message.Length < 400);
        Assert.EndsWith("…", error.Message);
    }
}
