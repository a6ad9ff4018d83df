using Bce.Emulator.Wire;

namespace Bce.Emulator.Tests.Wire;

/// <summary>The one decoding of the query that both signature checks and handlers read.</summary>
public sealed class QueryParametersTests
{
    [Fact]
    public void Bare_flags_and_empty_values_are_the_same()
    {
        var query = QueryParameters.Parse("accept&reject=&clientToken=t");
        Assert.Equal([new("accept", ""), new("reject", ""), new("clientToken", "t")], query.Pairs);
        Assert.True(query.Has("accept"));
        Assert.Equal(string.Empty, query.Get("reject"));
        Assert.Null(query.Get("resize"));
    }

    [Fact]
    public void Percent_escapes_decode_as_utf8_and_plus_is_a_space()
    {
        var query = QueryParameters.Parse("text1=%E6%B5%8B%E8%AF%95&a=b+c%2B&%7Ekey=x%2");
        Assert.Equal("测试", query.Get("text1"));
        Assert.Equal("b c+", query.Get("a"));
        Assert.Equal("x%2", query.Get("~key"));
    }

    [Fact]
    public void Keys_are_case_sensitive_and_empty_parts_are_skipped()
    {
        var query = QueryParameters.Parse("&maxKeys=5&&MaxKeys=6&=orphan");
        Assert.Equal("5", query.Get("maxKeys"));
        Assert.Equal("6", query.Get("MaxKeys"));
        Assert.Equal(2, query.Pairs.Count);
    }
}
