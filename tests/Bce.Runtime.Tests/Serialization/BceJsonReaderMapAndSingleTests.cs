using System.Text;
using System.Text.Json;
using Bce.Runtime.Serialization;

namespace Bce.Runtime.Tests.Serialization;

/// <summary>The readers behind a spec's <c>map&lt;string, T&gt;</c> and <c>float</c>.</summary>
public sealed class BceJsonReaderMapAndSingleTests
{
    [Fact]
    public void ReadMap_reads_entries_in_order_and_leaves_the_reader_on_the_object_end()
    {
        var reader = Reader("""{"b":1,"a":"2","c":null}""");

        var map = BceJsonReader.ReadMap(ref reader, static (ref Utf8JsonReader r) => BceJsonReader.ReadInt32(ref r));

        Assert.Equal(["b", "a", "c"], map!.Keys);
        Assert.Equal([1, 2, null], map.Values);
        Assert.Equal(JsonTokenType.EndObject, reader.TokenType);
        Assert.False(reader.Read());
    }

    [Fact]
    public void ReadMap_keeps_the_last_value_of_a_repeated_key_and_compares_keys_ordinally()
    {
        var reader = Reader("""{"k":"first","K":"other","k":"last"}""");

        var map = BceJsonReader.ReadMap(ref reader, BceJsonReader.ReadString);

        Assert.Equal(2, map!.Count);
        Assert.Equal("last", map["k"]);
        Assert.Equal("other", map["K"]);
    }

    [Fact]
    public void ReadMap_reads_nested_values_and_leaves_them_whole()
    {
        var reader = Reader("""{"x":[1,2],"y":[]}""");

        var map = BceJsonReader.ReadMap(ref reader, static (ref Utf8JsonReader r) => BceJsonReader.ReadList(ref r, static (ref Utf8JsonReader e) => BceJsonReader.ReadInt32(ref e)));

        Assert.Equal([1, 2], map!["x"]);
        Assert.Empty(map["y"]!);
        Assert.Equal(JsonTokenType.EndObject, reader.TokenType);
    }

    [Fact]
    public void ReadMap_null_gives_null_and_a_non_object_throws()
    {
        var nullReader = Reader("null");
        Assert.Null(BceJsonReader.ReadMap(ref nullReader, BceJsonReader.ReadString));

        var arrayReader = Reader("[1]");
        try
        {
            BceJsonReader.ReadMap(ref arrayReader, BceJsonReader.ReadString);
            Assert.Fail("An array is not a map.");
        }
        catch (JsonException error)
        {
            Assert.Contains("Expected an object but found a StartArray token", error.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("0.5", 0.5f)]
    [InlineData("\"1.25\"", 1.25f)]
    [InlineData("-3", -3f)]
    public void ReadSingle_reads_numbers_and_numeric_text(string json, float expected)
    {
        var reader = Reader(json);

        Assert.Equal(expected, BceJsonReader.ReadSingle(ref reader));
    }

    [Theory]
    [InlineData("null")]
    [InlineData("\"\"")]
    public void ReadSingle_null_and_empty_text_give_null(string json)
    {
        var reader = Reader(json);

        Assert.Null(BceJsonReader.ReadSingle(ref reader));
    }

    [Theory]
    [InlineData("1e39")]
    [InlineData("-1e300")]
    [InlineData("\"x\"")]
    [InlineData("true")]
    public void ReadSingle_refuses_what_is_not_a_float(string json)
    {
        var reader = Reader(json);
        try
        {
            BceJsonReader.ReadSingle(ref reader);
            Assert.Fail($"{json} is not a float.");
        }
        catch (JsonException)
        {
        }
    }

    private static Utf8JsonReader Reader(string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        return reader;
    }
}
