using Bce.Runtime.Signing;

namespace Bce.Runtime.Tests.Signing;

public sealed class UriEncoderTests
{
    [Theory]
    [InlineData("", "")]
    [InlineData("AZaz09-._~", "AZaz09-._~")]
    [InlineData("a b", "a%20b")]
    [InlineData("a+b", "a%2Bb")]
    [InlineData("a/b", "a%2Fb")]
    [InlineData("k=v&x;y:z", "k%3Dv%26x%3By%3Az")]
    [InlineData("!*'()$,@[]#?%", "%21%2A%27%28%29%24%2C%40%5B%5D%23%3F%25")]
    [InlineData("测试", "%E6%B5%8B%E8%AF%95")]
    [InlineData("é", "%C3%A9")]
    [InlineData("😀", "%F0%9F%98%80")]
    public void Encode_keeps_unreserved_and_escapes_everything_else_in_uppercase_hex(string input, string expected)
    {
        Assert.Equal(expected, UriEncoder.Encode(input));
    }

    [Fact]
    public void EncodePath_keeps_slashes()
    {
        Assert.Equal("/v1/a%20b/%E6%B5%8B", UriEncoder.EncodePath("/v1/a b/测"));
    }

    [Fact]
    public void Lone_surrogate_is_rejected_instead_of_signed_as_a_replacement_character()
    {
        Assert.ThrowsAny<ArgumentException>(() => UriEncoder.Encode("a\uD800b"));
    }
}
