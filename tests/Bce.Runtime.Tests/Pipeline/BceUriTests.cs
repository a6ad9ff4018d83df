using Bce.Runtime.Pipeline;

namespace Bce.Runtime.Tests.Pipeline;

public sealed class BceUriTests
{
    [Theory]
    [InlineData("peerconn-9td54fmx143e", "peerconn-9td54fmx143e")]
    [InlineData("a/b", "a%2Fb")]
    [InlineData("a b?c#d", "a%20b%3Fc%23d")]
    [InlineData("测试", "%E6%B5%8B%E8%AF%95")]
    [InlineData("...", "...")]
    public void Escapes_all_but_unreserved(string value, string expected)
    {
        Assert.Equal(expected, BceUri.EscapePathSegment(value));
    }

    [Theory]
    [InlineData("")]
    [InlineData(".")]
    [InlineData("..")]
    public void Rejects_segments_that_would_address_another_resource(string value)
    {
        Assert.ThrowsAny<ArgumentException>(() => BceUri.EscapePathSegment(value));
    }
}
