using System.Text;
using System.Text.Json;
using Bce.Runtime.Serialization;

namespace Bce.Runtime.Tests.Serialization;

public sealed class BceJsonTests
{
    [Fact]
    public void Serialize_writes_compact_json_and_keeps_unicode_readable()
    {
        var widget = new Widget { Id = "w-1", Size = 3, Tags = ["测试"] };

        var json = Encoding.UTF8.GetString(BceJson.Serialize(widget));

        Assert.Equal("{\"id\":\"w-1\",\"size\":3,\"tags\":[\"测试\"]}", json);
    }

    [Fact]
    public void Deserialize_round_trips()
    {
        var json = BceJson.Serialize(new Widget { Id = "w-1", Size = 3, Enabled = true, CreatedTime = new BceTimestamp("2018-08-07 19:46:55") });

        var widget = BceJson.Deserialize<Widget>(json);

        Assert.Equal("w-1", widget.Id);
        Assert.Equal(3, widget.Size);
        Assert.True(widget.Enabled);
        Assert.Equal(new DateTimeOffset(2018, 8, 7, 19, 46, 55, TimeSpan.Zero), widget.CreatedTime!.Value.Value);
    }

    [Fact]
    public void Deserialize_ignores_a_byte_order_mark_comments_and_trailing_commas()
    {
        var json = "\uFEFF{ /* c */ \"id\": \"w\", }"u8.ToArray();

        Assert.Equal("w", BceJson.Deserialize<Widget>(json).Id);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("[]")]
    [InlineData("null")]
    [InlineData("\"text\"")]
    [InlineData("{\"id\":")]
    [InlineData("{\"id\":\"a\"} trailing")]
    [InlineData("<html></html>")]
    public void Deserialize_rejects_what_is_not_one_json_object(string json)
    {
        Assert.ThrowsAny<JsonException>(() => BceJson.Deserialize<Widget>(Encoding.UTF8.GetBytes(json)));
    }
}
