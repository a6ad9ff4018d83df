using Bce.Runtime.Logging;

namespace Bce.Runtime.Tests.Logging;

public sealed class LogRedactionTests
{
    [Fact]
    public void Headers_keep_every_name_and_only_allow_listed_values_whatever_their_case()
    {
        var headers = LogRedaction.FormatHeaders(
        [
            new("Authorization", "bce-auth-v1/ak/2025-01-15T08:00:00Z/1800/host/abc"),
            new("X-Bce-Request-Id", "r-1"),
            new("x-bce-security-token", "token"),
            new("Content-Type", "application/json"),
            new("content-length", "0"),
            new("Retry-After", "5"),
            new("ETag", "\"v1\""),
            new("Date", "Wed, 15 Jan 2025 08:00:00 GMT"),
            new("User-Agent", "bce-sdk-dotnet-gen/1.0"),
            new("Set-Cookie", "session=abc"),
            new("Host", "bcc.bj.baidubce.com"),
            new("x-bce-date", "2025-01-15T08:00:00Z"),
        ]);

        Assert.Equal(
            "Authorization: REDACTED; X-Bce-Request-Id: r-1; x-bce-security-token: REDACTED; Content-Type: application/json; " +
            "content-length: 0; Retry-After: 5; ETag: \"v1\"; Date: Wed, 15 Jan 2025 08:00:00 GMT; " +
            "User-Agent: bce-sdk-dotnet-gen/1.0; Set-Cookie: REDACTED; Host: bcc.bj.baidubce.com; x-bce-date: 2025-01-15T08:00:00Z",
            headers);
    }

    [Fact]
    public void The_header_allow_list_is_the_documented_one()
    {
        Assert.Equal(
            ["content-length", "content-type", "date", "etag", "host", "retry-after", "user-agent", "x-bce-date", "x-bce-request-id"],
            LogRedaction.LoggedHeaderNames.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("AKIDEXAMPLE0123", "AKID")]
    [InlineData("abcdefgh", "abcd")]
    [InlineData("abcdefg", "")]
    [InlineData("ak", "")]
    public void Access_key_prefix_is_four_characters_and_only_of_long_enough_ids(string accessKeyId, string prefix)
    {
        Assert.Equal(prefix, LogRedaction.AccessKeyIdPrefix(accessKeyId));
    }

    [Fact]
    public void Event_ids_are_stable()
    {
        Assert.Equal(
            [1, 2, 3, 4, 5, 6, 7, 8, 9, 20, 21],
            [
                BceLogEvents.AttemptCompleted, BceLogEvents.AttemptFailed, BceLogEvents.RequestHeaders, BceLogEvents.ResponseHeaders,
                BceLogEvents.RetryScheduled, BceLogEvents.ClockSkewAdopted, BceLogEvents.CallFailed, BceLogEvents.CallFailedWithoutAnswer,
                BceLogEvents.ResponseUnreadable, BceLogEvents.CredentialsRefreshed, BceLogEvents.CredentialsRefreshFailed,
            ]);
        Assert.Equal("Bce.Runtime.Pipeline.", BceLogEvents.PipelineCategoryPrefix);
        Assert.Equal("Bce.Runtime.Credentials", BceLogEvents.CredentialsCategory);
    }
}
