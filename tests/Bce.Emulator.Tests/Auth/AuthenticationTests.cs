using Bce.Emulator.Tests.Infrastructure;

namespace Bce.Emulator.Tests.Auth;

/// <summary>bce-auth-v1 verification over real HTTP: accepted forms and every rejection code.</summary>
public sealed class AuthenticationTests(EmulatorSession session) : IClassFixture<EmulatorSession>
{
    private const string ListPath = "/v1/peerconn?maxKeys=5";

    [Theory]
    [InlineData(SignedHeadersStyle.Explicit)]
    [InlineData(SignedHeadersStyle.EmptyWithoutRequestId)]
    [InlineData(SignedHeadersStyle.EmptyWithRequestId)]
    public async Task Accepts_explicit_and_empty_signed_header_lists_with_a_request_id_header(SignedHeadersStyle style)
    {
        using var response = await session.Primary.SendAsync(
            HttpMethod.Get,
            ListPath,
            beforeSigning: r => r.Headers.TryAddWithoutValidation("x-bce-request-id", Guid.NewGuid().ToString()),
            style: style);
        await response.ShouldBeJsonAsync();
    }

    [Theory]
    [InlineData(SignedHeadersStyle.Explicit)]
    [InlineData(SignedHeadersStyle.EmptyWithoutRequestId)]
    public async Task Accepts_a_signed_post_body_with_content_headers(SignedHeadersStyle style)
    {
        var body = System.Text.Json.JsonSerializer.Serialize(Bodies.Create(Bodies.NewVpcId(), Bodies.NewVpcId()));
        using var response = await session.Primary.SendAsync(HttpMethod.Post, "/v1/peerconn?clientToken=" + Bodies.NewToken(), body, style: style);
        await response.ShouldBeJsonAsync();
    }

    [Fact]
    public async Task Accepts_an_explicit_list_naming_only_host_and_x_bce_date()
    {
        using var response = await session.Primary.SendAsync(HttpMethod.Get, ListPath, explicitHeaders: ["host", "x-bce-date"]);
        await response.ShouldBeJsonAsync();
    }

    [Fact]
    public async Task Accepts_an_explicit_list_that_includes_x_bce_request_id()
    {
        using var response = await session.Primary.SendAsync(
            HttpMethod.Get,
            ListPath,
            beforeSigning: r => r.Headers.TryAddWithoutValidation("x-bce-request-id", Guid.NewGuid().ToString()),
            explicitHeaders: ["host", "x-bce-date", "x-bce-request-id"]);
        await response.ShouldBeJsonAsync();
    }

    [Theory]
    [InlineData("accept")]
    [InlineData("accept=")]
    public async Task Accepts_a_bare_action_flag_sent_with_or_without_equals(string flag)
    {
        var id = await Scenarios.CrossAccountAsync(session);
        using var response = await session.Secondary.ActionAsync(id, flag, clientToken: Bodies.NewToken());
        await response.ShouldBeEmptyOkAsync();
    }

    [Fact]
    public async Task An_authorization_query_parameter_is_left_out_of_the_canonical_query()
    {
        using var response = await session.Primary.SendAsync(HttpMethod.Get, ListPath + "&authorization=ignored");
        await response.ShouldBeJsonAsync();
    }

    [Fact]
    public async Task Query_values_are_compared_after_decoding()
    {
        using var response = await session.Primary.SendAsync(HttpMethod.Get, "/v1/peerconn?vpcId=vpc-%E6%B5%8B%20x&maxKeys=%35");
        var page = await response.ShouldBeJsonAsync();
        Assert.Equal(5, page.GetProperty("maxKeys").GetInt32());
    }

    [Fact]
    public async Task Ignores_unsigned_headers_outside_an_explicit_list()
    {
        var request = session.Primary.Build(HttpMethod.Get, ListPath);
        TestSigner.SignRequest(request, session.Primary.Credentials, session.Time.GetUtcNow());
        request.Headers.TryAddWithoutValidation("User-Agent", "added-after-signing/1.0");
        request.Headers.TryAddWithoutValidation("x-bce-extra", "not-in-the-explicit-list");
        using var response = await session.Primary.SendRawAsync(request);
        await response.ShouldBeJsonAsync();
    }

    [Fact]
    public async Task Missing_authorization_is_InvalidHTTPAuthHeader()
    {
        using var response = await session.Primary.SendRawAsync(session.Primary.Build(HttpMethod.Get, ListPath));
        await response.ShouldBeErrorAsync(400, "InvalidHTTPAuthHeader");
    }

    [Theory]
    [InlineData("Bearer abc")]
    [InlineData("bce-auth-v2/a0000000000000000000000000000001/2025-01-15T08:00:00Z/1800//0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("bce-auth-v1/a0000000000000000000000000000001/2025-01-15T08:00:00Z/1800/0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("bce-auth-v1/a0000000000000000000000000000001/2025-01-15 08:00:00/1800//0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("bce-auth-v1/a0000000000000000000000000000001/2025-01-15T08:00:00Z/-5//0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("bce-auth-v1/a0000000000000000000000000000001/2025-01-15T08:00:00Z/1800//abc")]
    [InlineData("bce-auth-v1//2025-01-15T08:00:00Z/1800//0000000000000000000000000000000000000000000000000000000000000000")]
    public async Task Malformed_authorization_is_InvalidHTTPAuthHeader(string authorization)
    {
        var request = session.Primary.Build(HttpMethod.Get, ListPath);
        request.Headers.TryAddWithoutValidation("Authorization", authorization);
        using var response = await session.Primary.SendRawAsync(request);
        await response.ShouldBeErrorAsync(400, "InvalidHTTPAuthHeader");
    }

    [Fact]
    public async Task Unknown_access_key_is_InvalidAccessKeyId()
    {
        var stranger = session.ClientFor(new TestCredentials("ffffffffffffffffffffffffffffffff", "whatever"));
        using var response = await stranger.SendAsync(HttpMethod.Get, ListPath);
        await response.ShouldBeErrorAsync(403, "InvalidAccessKeyId");
    }

    [Fact]
    public async Task Wrong_secret_is_SignatureDoesNotMatch_and_the_message_shows_the_canonical_request()
    {
        var impostor = session.ClientFor(new TestCredentials(EmulatorDefaults.Primary.AccessKeyId, EmulatorDefaults.Secondary.SecretAccessKey));
        using var response = await impostor.SendAsync(HttpMethod.Get, ListPath);
        var message = await response.ShouldBeErrorAsync(400, "SignatureDoesNotMatch");
        Assert.Contains("GET\\n/v1/peerconn\\nmaxKeys=5\\n", message);
    }

    [Fact]
    public async Task A_query_changed_after_signing_is_SignatureDoesNotMatch()
    {
        var request = session.Primary.Build(HttpMethod.Get, ListPath);
        TestSigner.SignRequest(request, session.Primary.Credentials, session.Time.GetUtcNow());
        request.RequestUri = new Uri(request.RequestUri!, "/v1/peerconn?maxKeys=6");
        using var response = await session.Primary.SendRawAsync(request);
        await response.ShouldBeErrorAsync(400, "SignatureDoesNotMatch");
    }

    [Fact]
    public async Task An_x_bce_header_added_after_signing_with_the_default_set_is_SignatureDoesNotMatch()
    {
        var request = session.Primary.Build(HttpMethod.Get, ListPath);
        TestSigner.SignRequest(request, session.Primary.Credentials, session.Time.GetUtcNow(), SignedHeadersStyle.EmptyWithoutRequestId);
        request.Headers.TryAddWithoutValidation("x-bce-extra", "sneaked-in");
        using var response = await session.Primary.SendRawAsync(request);
        await response.ShouldBeErrorAsync(400, "SignatureDoesNotMatch");
    }

    [Fact]
    public async Task A_host_signed_without_its_port_is_SignatureDoesNotMatch()
    {
        var request = session.Primary.Build(HttpMethod.Get, ListPath);
        TestSigner.SignRequest(request, session.Primary.Credentials, session.Time.GetUtcNow());
        var authorization = request.Headers.GetValues("Authorization").Single();
        var (canonical, _) = TestSigner.Canonicalize("GET", "/v1/peerconn", [new("maxKeys", "5")],
            [new("host", "127.0.0.1"), new("x-bce-date", TestSigner.Timestamp(session.Time.GetUtcNow()))], _ => true);
        var prefix = string.Join('/', authorization.Split('/').Take(4));
        var signature = TestSigner.Signature(TestSigner.SigningKey(EmulatorDefaults.Primary.SecretAccessKey, prefix), canonical);
        request.Headers.Remove("Authorization");
        request.Headers.TryAddWithoutValidation("Authorization", $"{prefix}/host;x-bce-date/{signature}");
        using var response = await session.Primary.SendRawAsync(request);
        await response.ShouldBeErrorAsync(400, "SignatureDoesNotMatch");
    }

    [Fact]
    public async Task Each_account_signs_with_its_own_keys()
    {
        using var primary = await session.Primary.SendAsync(HttpMethod.Get, ListPath);
        using var secondary = await session.Secondary.SendAsync(HttpMethod.Get, ListPath);
        await primary.ShouldBeJsonAsync();
        await secondary.ShouldBeJsonAsync();
    }

    [Theory]
    [InlineData(-1800 - 15 * 60 - 1, 1800, true)]
    [InlineData(-1800 - 15 * 60 + 5, 1800, false)]
    [InlineData(15 * 60 + 5, 1800, true)]
    [InlineData(15 * 60 - 5, 1800, false)]
    [InlineData(-60 - 15 * 60 - 1, 60, true)]
    public async Task Timestamps_outside_the_window_plus_skew_are_RequestExpired(int offsetSeconds, int expirationSeconds, bool expired)
    {
        using var response = await session.Primary.SendAsync(
            HttpMethod.Get,
            ListPath,
            timestamp: session.Time.GetUtcNow().AddSeconds(offsetSeconds),
            expirationSeconds: expirationSeconds);
        if (expired)
        {
            var message = await response.ShouldBeErrorAsync(400, "RequestExpired");
            Assert.StartsWith("Request has expired. Timestamp date is ", message);
        }
        else
        {
            await response.ShouldBeJsonAsync();
        }
    }

    [Fact]
    public async Task A_security_token_with_long_term_keys_is_InvalidSessionToken()
    {
        var client = session.ClientFor(TestCredentials.Of(EmulatorDefaults.Primary) with { SessionToken = "not-a-session" });
        using var response = await client.SendAsync(HttpMethod.Get, ListPath);
        await response.ShouldBeErrorAsync(403, "InvalidSessionToken");
    }
}
