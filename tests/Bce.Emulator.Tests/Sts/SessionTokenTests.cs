using System.Text.Json;
using Bce.Emulator.Tests.Infrastructure;

namespace Bce.Emulator.Tests.Sts;

/// <summary>STS GetSessionToken: issuance, use as the issuing account, and every way a session token fails.</summary>
public sealed class SessionTokenTests
{
    [Fact]
    public async Task Issues_session_credentials_with_iso_times_and_the_account_as_user()
    {
        await using var session = await EmulatorSession.StartAsync();
        var credentials = await IssueAsync(session, "?durationSeconds=3600");
        Assert.Matches("^[0-9a-f]{32}$", credentials.GetProperty("accessKeyId").GetString());
        Assert.Matches("^[0-9a-f]{32}$", credentials.GetProperty("secretAccessKey").GetString());
        Assert.False(string.IsNullOrEmpty(credentials.GetProperty("sessionToken").GetString()));
        Assert.Equal("2025-01-15T08:00:00Z", credentials.GetProperty("createTime").GetString());
        Assert.Equal("2025-01-15T09:00:00Z", credentials.GetProperty("expiration").GetString());
        Assert.Equal(EmulatorDefaults.Primary.AccountId, credentials.GetProperty("userId").GetString());
    }

    [Fact]
    public async Task Duration_defaults_to_43200_seconds()
    {
        await using var session = await EmulatorSession.StartAsync();
        var credentials = await IssueAsync(session, string.Empty);
        Assert.Equal("2025-01-15T20:00:00Z", credentials.GetProperty("expiration").GetString());
    }

    [Theory]
    [InlineData("0")]
    [InlineData("129601")]
    [InlineData("soon")]
    public async Task Out_of_range_duration_is_InvalidHTTPRequest(string duration)
    {
        await using var session = await EmulatorSession.StartAsync();
        using var response = await session.Primary.SendAsync(HttpMethod.Post, "/v1/sessionToken?durationSeconds=" + duration);
        await response.ShouldBeErrorAsync(400, "InvalidHTTPRequest");
    }

    [Theory]
    [InlineData(SignedHeadersStyle.Explicit)]
    [InlineData(SignedHeadersStyle.EmptyWithoutRequestId)]
    public async Task Session_credentials_act_as_their_account(SignedHeadersStyle style)
    {
        await using var session = await EmulatorSession.StartAsync();
        var temporary = session.ClientFor(Of(await IssueAsync(session, "?durationSeconds=900")));
        using var response = await temporary.SendAsync(
            HttpMethod.Post,
            "/v1/peerconn",
            JsonSerializer.Serialize(Bodies.Create(Bodies.NewVpcId(), Bodies.NewVpcId())),
            style: style);
        var id = (await response.ShouldBeJsonAsync()).GetProperty("peerConnId").GetString()!;
        Assert.Equal(EmulatorDefaults.Primary.AccountId, session.Emulator.State.Find(id)!.InitiatorAccountId);
        Assert.Equal(EmulatorDefaults.Primary.AccountId, (await session.Primary.GetDetailOkAsync(id)).GetProperty("peerAccountId").GetString());
    }

    [Fact]
    public async Task The_session_token_may_travel_as_a_signed_query_parameter()
    {
        await using var session = await EmulatorSession.StartAsync();
        var issued = Of(await IssueAsync(session, string.Empty));
        var temporary = session.ClientFor(issued with { SessionToken = null });
        using var response = await temporary.ListAsync("x-bce-security-token=" + Uri.EscapeDataString(issued.SessionToken!));
        await response.ShouldBeJsonAsync();
    }

    [Fact]
    public async Task Session_keys_without_their_token_are_InvalidSessionToken()
    {
        await using var session = await EmulatorSession.StartAsync();
        var temporary = session.ClientFor(Of(await IssueAsync(session, string.Empty)) with { SessionToken = null });
        using var response = await temporary.ListAsync();
        await response.ShouldBeErrorAsync(403, "InvalidSessionToken");
    }

    [Fact]
    public async Task Session_keys_with_another_token_are_InvalidSessionToken()
    {
        await using var session = await EmulatorSession.StartAsync();
        var first = Of(await IssueAsync(session, string.Empty));
        var second = Of(await IssueAsync(session, string.Empty));
        using var response = await session.ClientFor(first with { SessionToken = second.SessionToken }).ListAsync();
        await response.ShouldBeErrorAsync(403, "InvalidSessionToken");
    }

    [Fact]
    public async Task Expired_session_keys_are_InvalidSessionToken()
    {
        await using var session = await EmulatorSession.StartAsync();
        var temporary = session.ClientFor(Of(await IssueAsync(session, "?durationSeconds=900")));
        using (var before = await temporary.ListAsync())
        {
            await before.ShouldBeJsonAsync();
        }

        session.Time.Advance(TimeSpan.FromSeconds(900));
        using var after = await temporary.ListAsync();
        var message = await after.ShouldBeErrorAsync(403, "InvalidSessionToken");
        Assert.Contains("expired", message);
    }

    [Fact]
    public async Task Session_keys_cannot_request_session_tokens()
    {
        await using var session = await EmulatorSession.StartAsync();
        var temporary = session.ClientFor(Of(await IssueAsync(session, string.Empty)));
        using var response = await temporary.SendAsync(HttpMethod.Post, "/v1/sessionToken");
        await response.ShouldBeErrorAsync(403, "AccessDenied");
    }

    private static async Task<JsonElement> IssueAsync(EmulatorSession session, string query)
    {
        using var response = await session.Primary.SendAsync(HttpMethod.Post, "/v1/sessionToken" + query);
        return await response.ShouldBeJsonAsync();
    }

    private static TestCredentials Of(JsonElement credentials) => new(
        credentials.GetProperty("accessKeyId").GetString()!,
        credentials.GetProperty("secretAccessKey").GetString()!,
        credentials.GetProperty("sessionToken").GetString());
}
