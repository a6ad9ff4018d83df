using Bce.Runtime.Signing;

namespace Bce.Runtime.Tests.Signing;

public sealed class CanonicalRequestTests
{
    private static KeyValuePair<string, string?> Q(string name, string? value) => new(name, value);

    private static KeyValuePair<string, string> H(string name, string value) => new(name, value);

    [Fact]
    public void Query_sorts_the_encoded_pairs_ordinally_as_in_the_documented_example()
    {
        var query = new[] { Q("text", ""), Q("text1", "测试"), Q("text10", "test") };

        Assert.Equal("text10=test&text1=%E6%B5%8B%E8%AF%95&text=", CanonicalRequest.CreateCanonicalQueryString(query));
    }

    [Fact]
    public void Query_bare_flag_and_empty_value_both_sign_as_name_equals()
    {
        var query = new[] { Q("accept", null), Q("reject", "") };

        Assert.Equal("accept=&reject=", CanonicalRequest.CreateCanonicalQueryString(query));
    }

    [Theory]
    [InlineData("authorization")]
    [InlineData("Authorization")]
    [InlineData("AUTHORIZATION")]
    public void Query_authorization_key_is_excluded_in_any_case(string key)
    {
        var query = new[] { Q("a", "1"), Q(key, "bce-auth-v1/x") };

        Assert.Equal("a=1", CanonicalRequest.CreateCanonicalQueryString(query));
    }

    [Fact]
    public void Query_reserved_and_unicode_characters_are_encoded_in_names_and_values()
    {
        var query = new[] { Q("a b", "x/y+z=w&v"), Q("名", "值") };

        Assert.Equal("%E5%90%8D=%E5%80%BC&a%20b=x%2Fy%2Bz%3Dw%26v", CanonicalRequest.CreateCanonicalQueryString(query));
    }

    [Fact]
    public void Query_empty_gives_empty_middle_line()
    {
        var canonical = CanonicalRequest.Create("get", "/v1/x", [], [H("Host", "h")]);

        Assert.Equal("GET\n/v1/x\n\nhost:h", canonical.Text);
    }

    [Theory]
    [InlineData("", "/")]
    [InlineData("/", "/")]
    [InlineData("v1/x", "/v1/x")]
    [InlineData("/v1/测试", "/v1/%E6%B5%8B%E8%AF%95")]
    [InlineData("/v1/%e6%b5%8b%e8%af%95", "/v1/%E6%B5%8B%E8%AF%95")]
    [InlineData("/v1/a b", "/v1/a%20b")]
    [InlineData("/v1/a%20b", "/v1/a%20b")]
    [InlineData("/v1/%7Euser", "/v1/~user")]
    [InlineData("/v1/a%2Fb", "/v1/a%2Fb")]
    [InlineData("/v1/a:b@c", "/v1/a%3Ab%40c")]
    [InlineData("/v1/100%", "/v1/100%25")]
    public void Uri_is_encoded_once_whether_the_path_arrives_raw_or_escaped(string path, string expected)
    {
        Assert.Equal(expected, CanonicalRequest.CreateCanonicalUri(path));
    }

    [Fact]
    public void Headers_are_lowercased_trimmed_encoded_and_sorted()
    {
        var headers = new[]
        {
            H("X-Bce-Date", "  2025-01-15T08:00:00Z  "),
            H("Host", "bcc.bj.baidubce.com"),
            H("Content-Type", "application/json; charset=utf-8"),
        };

        var text = CanonicalRequest.CreateCanonicalHeaders(headers, null, out var signed);

        Assert.Equal("content-type:application%2Fjson%3B%20charset%3Dutf-8\nhost:bcc.bj.baidubce.com\nx-bce-date:2025-01-15T08%3A00%3A00Z", text);
        Assert.Equal(["content-type", "host", "x-bce-date"], signed);
    }

    [Fact]
    public void Headers_with_empty_or_whitespace_values_are_dropped()
    {
        var headers = new[] { H("Host", "h"), H("x-bce-empty", "   "), H("Content-MD5", "") };

        var text = CanonicalRequest.CreateCanonicalHeaders(headers, null, out var signed);

        Assert.Equal("host:h", text);
        Assert.Equal(["host"], signed);
    }

    [Fact]
    public void Headers_default_set_signs_x_bce_headers_but_not_the_request_id_user_agent_or_authorization()
    {
        var headers = new[]
        {
            H("Host", "h"),
            H("User-Agent", "ua"),
            H("Authorization", "bce-auth-v1/..."),
            H("x-bce-request-id", "id"),
            H("x-bce-meta-owner", "me"),
            H("Content-MD5", "md5=="),
        };

        CanonicalRequest.CreateCanonicalHeaders(headers, null, out var signed);

        Assert.Equal(["content-md5", "host", "x-bce-meta-owner"], signed);
    }

    [Fact]
    public void Headers_session_token_is_signed_and_its_value_encoded()
    {
        var headers = new[] { H("Host", "h"), H("x-bce-security-token", "abc/def+ghi==") };

        var text = CanonicalRequest.CreateCanonicalHeaders(headers, null, out var signed);

        Assert.Equal("host:h\nx-bce-security-token:abc%2Fdef%2Bghi%3D%3D", text);
        Assert.Contains("x-bce-security-token", signed);
    }

    [Fact]
    public void Headers_explicit_set_is_case_insensitive_and_still_signs_x_bce_headers()
    {
        var headers = new[] { H("Host", "h"), H("Content-Type", "t"), H("x-bce-date", "d"), H("If-Match", "\"e\"") };

        CanonicalRequest.CreateCanonicalHeaders(headers, ["HOST", "If-Match"], out var signed);

        Assert.Equal(["host", "if-match", "x-bce-date"], signed);
    }

    [Fact]
    public void Headers_explicit_set_may_opt_in_the_request_id()
    {
        var headers = new[] { H("Host", "h"), H("x-bce-request-id", "id") };

        CanonicalRequest.CreateCanonicalHeaders(headers, ["host", "x-bce-request-id"], out var signed);

        Assert.Equal(["host", "x-bce-request-id"], signed);
    }

    [Fact]
    public void Headers_signed_names_sort_by_name_while_entries_sort_by_entry_text()
    {
        // '-' (0x2D) sorts before ':' (0x3A), so the entries and the names come out in different orders.
        var headers = new[] { H("x-bce-a", "1"), H("x-bce-a-b", "2") };

        var text = CanonicalRequest.CreateCanonicalHeaders(headers, null, out var signed);

        Assert.Equal("x-bce-a-b:2\nx-bce-a:1", text);
        Assert.Equal(["x-bce-a", "x-bce-a-b"], signed);
    }

    [Fact]
    public void Headers_duplicate_signed_header_is_rejected()
    {
        var headers = new[] { H("Host", "a"), H("host", "b") };

        Assert.Throws<ArgumentException>(() => CanonicalRequest.CreateCanonicalHeaders(headers, null, out _));
    }

    [Fact]
    public void ToString_never_shows_header_values()
    {
        var canonical = CanonicalRequest.Create("GET", "/v1/x", [], [H("Host", "h"), H("x-bce-security-token", "SECRET-TOKEN")]);

        Assert.DoesNotContain("SECRET-TOKEN", canonical.ToString());
        Assert.Contains("x-bce-security-token", canonical.ToString());
    }
}
