using System.Text;
using System.Text.Json;
using Bce.Runtime.Serialization;

namespace Bce.Runtime.Tests.Serialization;

public sealed class BceJsonReaderTests
{
    private delegate T ReadFunc<T>(ref Utf8JsonReader reader);

    /// <summary>Positions a reader on the single value in <paramref name="json"/> and reads it.</summary>
    private static T Read<T>(string json, ReadFunc<T> read)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        return read(ref reader);
    }

    [Theory]
    [InlineData("\"abc\"", "abc")]
    [InlineData("null", null)]
    [InlineData("42", "42")]
    [InlineData("1.50", "1.50")]
    [InlineData("true", "true")]
    [InlineData("false", "false")]
    public void ReadString_accepts_strings_null_numbers_and_booleans(string json, string? expected)
    {
        Assert.Equal(expected, Read(json, BceJsonReader.ReadString));
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("[]")]
    public void ReadString_rejects_containers(string json)
    {
        Assert.Throws<JsonException>(() => Read(json, BceJsonReader.ReadString));
    }

    [Theory]
    [InlineData("10", 10)]
    [InlineData("\"10\"", 10)]
    [InlineData("\" -7 \"", -7)]
    [InlineData("null", null)]
    [InlineData("\"\"", null)]
    public void ReadInt32_accepts_numbers_and_numeric_strings(string json, int? expected)
    {
        Assert.Equal(expected, Read(json, BceJsonReader.ReadInt32));
    }

    [Theory]
    [InlineData("1.5")]
    [InlineData("2147483648")]
    [InlineData("\"ten\"")]
    [InlineData("true")]
    [InlineData("{}")]
    public void ReadInt32_rejects_what_is_not_a_32_bit_integer(string json)
    {
        Assert.Throws<JsonException>(() => Read(json, BceJsonReader.ReadInt32));
    }

    [Fact]
    public void ReadInt32_error_does_not_echo_the_value()
    {
        var error = Assert.Throws<JsonException>(() => Read("\"secret-value\"", BceJsonReader.ReadInt32));

        Assert.DoesNotContain("secret-value", error.Message);
    }

    [Theory]
    [InlineData("9007199254740993", 9007199254740993L)]
    [InlineData("\"-5\"", -5L)]
    [InlineData("null", null)]
    public void ReadInt64_accepts_numbers_and_numeric_strings(string json, long? expected)
    {
        Assert.Equal(expected, Read(json, BceJsonReader.ReadInt64));
    }

    [Theory]
    [InlineData("1.25", 1.25)]
    [InlineData("\"2.5\"", 2.5)]
    [InlineData("null", null)]
    public void ReadDouble_accepts_numbers_and_numeric_strings(string json, double? expected)
    {
        Assert.Equal(expected, Read(json, BceJsonReader.ReadDouble));
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("false", false)]
    [InlineData("\"True\"", true)]
    [InlineData("\"false\"", false)]
    [InlineData("null", null)]
    [InlineData("\"\"", null)]
    public void ReadBoolean_accepts_booleans_and_boolean_strings(string json, bool? expected)
    {
        Assert.Equal(expected, Read(json, BceJsonReader.ReadBoolean));
    }

    [Theory]
    [InlineData("1")]
    [InlineData("\"yes\"")]
    public void ReadBoolean_rejects_other_values(string json)
    {
        Assert.Throws<JsonException>(() => Read(json, BceJsonReader.ReadBoolean));
    }

    [Fact]
    public void ReadTimestamp_keeps_raw_and_treats_null_and_empty_as_absent()
    {
        Assert.Equal("2018-08-07 19:46:55", Read("\"2018-08-07 19:46:55\"", BceJsonReader.ReadTimestamp)!.Value.Raw);
        Assert.Null(Read("null", BceJsonReader.ReadTimestamp));
        Assert.Null(Read("\"\"", BceJsonReader.ReadTimestamp));
        Assert.Throws<JsonException>(() => Read("12", BceJsonReader.ReadTimestamp));
    }

    [Fact]
    public void ReadList_reads_elements_and_leaves_the_reader_on_the_array_end()
    {
        var reader = new Utf8JsonReader("{\"a\":[1,\"2\",null],\"b\":true}"u8);
        reader.Read();
        reader.Read();
        reader.Read();

        var list = BceJsonReader.ReadList(ref reader, static (ref Utf8JsonReader r) => BceJsonReader.ReadInt32(ref r));

        Assert.Equal([1, 2, null], list!);
        Assert.Equal(JsonTokenType.EndArray, reader.TokenType);
        reader.Read();
        Assert.Equal("b", reader.GetString());
    }

    [Fact]
    public void ReadList_null_gives_null_and_non_array_throws()
    {
        Assert.Null(Read("null", (ref Utf8JsonReader r) => BceJsonReader.ReadList(ref r, BceJsonReader.ReadString)));
        Assert.Throws<JsonException>(() => Read("{}", (ref Utf8JsonReader r) => BceJsonReader.ReadList(ref r, BceJsonReader.ReadString)));
    }

    [Fact]
    public void ReadModel_and_ReadModelList_read_nested_models()
    {
        Assert.Equal("x", Read("{\"id\":\"x\"}", BceJsonReader.ReadModel<Widget>)!.Id);
        Assert.Null(Read("null", BceJsonReader.ReadModel<Widget>));
        Assert.Equal(["a", "b"], Read("[{\"id\":\"a\"},{\"id\":\"b\"}]", BceJsonReader.ReadModelList<Widget>)!.Select(w => w.Id));
        Assert.Throws<JsonException>(() => Read("[1]", BceJsonReader.ReadModelList<Widget>));
    }

    [Fact]
    public void ExpectStartObject_names_the_token_found()
    {
        var error = Assert.Throws<JsonException>(() => Read("[1]", (ref Utf8JsonReader r) =>
        {
            BceJsonReader.ExpectStartObject(ref r);
            return 0;
        }));

        Assert.Contains("StartArray", error.Message);
    }
}
