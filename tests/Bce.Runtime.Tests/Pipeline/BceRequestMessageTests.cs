using System.Text;
using Bce.Runtime.Pipeline;

namespace Bce.Runtime.Tests.Pipeline;

public sealed class BceRequestMessageTests
{
    [Fact]
    public void Query_keeps_order_and_bare_flags()
    {
        var message = new BceRequestMessage(HttpMethod.Put, "/v1/peerconn/p-1", "AcceptApply");
        message.AddQuery("accept", null);
        message.AddQuery("role", "initiator");

        Assert.Equal([new("accept", null), new("role", "initiator")], message.Query);
    }

    [Fact]
    public void Client_token_is_a_single_query_parameter_and_reported()
    {
        var message = new BceRequestMessage(HttpMethod.Post, "/v1/peerconn", "CreatePeerConn");
        message.SetClientToken("first");
        message.AddQuery("clientToken", "second");

        Assert.Equal("second", message.ClientToken);
        Assert.Single(message.Query, p => p.Key == "clientToken");
    }

    [Theory]
    [InlineData("")]
    [InlineData("has space")]
    [InlineData("中文")]
    [InlineData("0123456789012345678901234567890123456789012345678901234567890123X")]
    public void Invalid_client_tokens_are_rejected(string token)
    {
        var message = new BceRequestMessage(HttpMethod.Post, "/v1/x", "Op");

        Assert.ThrowsAny<ArgumentException>(() => message.SetClientToken(token));
    }

    [Fact]
    public void Json_content_is_buffered_once()
    {
        var message = new BceRequestMessage(HttpMethod.Post, "/v1/x", "Op");
        message.SetJsonContent(w =>
        {
            w.WriteStartObject();
            w.WriteString("name", "测试");
            w.WriteEndObject();
        });

        Assert.Equal("{\"name\":\"测试\"}", Encoding.UTF8.GetString(message.Content.Span));
    }

    [Theory]
    [InlineData("v1/x")]
    [InlineData("/v1/x?a=b")]
    [InlineData("")]
    public void Path_must_be_a_bare_absolute_path(string path)
    {
        Assert.ThrowsAny<ArgumentException>(() => new BceRequestMessage(HttpMethod.Get, path, "Op"));
    }

    [Fact]
    public void If_match_rejects_header_injection()
    {
        var message = new BceRequestMessage(HttpMethod.Put, "/v1/x", "Op");

        Assert.Throws<ArgumentException>(() => message.IfMatch = "\"etag\"\r\nX-Evil: 1");
    }

    [Fact]
    public void Unencodable_query_text_fails_at_the_call_site()
    {
        var message = new BceRequestMessage(HttpMethod.Get, "/v1/x", "Op");

        Assert.ThrowsAny<ArgumentException>(() => message.AddQuery("q", "\uD800"));
    }
}
