using Bce.Runtime.Credentials;
using Bce.Runtime.Errors;
using Bce.Runtime.Pipeline;
using Bce.Runtime.Signing;
using Bce.Runtime.Tests.TestSupport;

namespace Bce.Runtime.Tests.Errors;

/// <summary>No text the runtime produces or keeps holds the secret key, the session token or a signature.</summary>
public sealed class SecretScrubbingTests
{
    private static readonly string Signature = new('c', 64);

    private static string QuotingMessage() =>
        "The request signature does not match. Canonical request: GET\\n/v1/widget\\n\\nhost:127.0.0.1\\nx-bce-date:2025-01-15T08%3A00%3A00Z\\n"
        + $"x-bce-security-token:{UriEncoder.Encode(TestKeys.SessionToken)}\\nx-bce-signature:{Signature} token {TestKeys.SessionToken} sk {TestKeys.SecretAccessKey}"
        + $" auth bce-auth-v1/{TestKeys.AccessKeyId}/2025-01-15T08:00:00Z/1800/host/{Signature}";

    [Fact]
    public async Task Signature_mismatch_quoting_the_canonical_request_keeps_no_token_key_or_signature_anywhere()
    {
        var credentials = new StaticCredentialProvider(TestKeys.AccessKeyId, TestKeys.SecretAccessKey, TestKeys.SessionToken);
        await using var harness = await PipelineHarness.StartAsync(o => o.Retry.MaxRetries = 0, credentials);
        var body = System.Text.Json.JsonSerializer.Serialize(new { code = "SignatureDoesNotMatch", message = QuotingMessage(), requestId = "r-1" });
        harness.Server.Otherwise(400, body);

        var error = await Assert.ThrowsAsync<BceServiceException>(() => harness.Pipeline.SendAsync(new BceRequestMessage(HttpMethod.Get, "/v1/widget", "GetWidget")));

        Assert.Equal("SignatureDoesNotMatch", error.ErrorCode);
        var everything = string.Join("\n", error.Message, error.ErrorMessage, error.ToString(), error.RawContent);
        TestKeys.AssertNoSecrets(everything);
        Assert.DoesNotContain(UriEncoder.Encode(TestKeys.SessionToken), everything);
        Assert.DoesNotContain(Signature, everything);
        Assert.Contains("x-bce-security-token:REDACTED", error.ErrorMessage, StringComparison.Ordinal);
        Assert.Contains("Canonical request: GET", error.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Credential_provider_failure_is_reported_by_type_without_the_providers_message()
    {
        var provider = new ThrowingProvider(new InvalidOperationException($"could not read profile: sk={TestKeys.SecretAccessKey}"));
        await using var harness = await PipelineHarness.StartAsync(credentials: provider);

        var error = await Assert.ThrowsAsync<BceClientException>(() => harness.Pipeline.SendAsync(new BceRequestMessage(HttpMethod.Get, "/v1/widget", "GetWidget")));

        Assert.Contains("ThrowingProvider", error.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(InvalidOperationException), error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("could not read profile", error.ToString(), StringComparison.Ordinal);
        TestKeys.AssertNoSecrets(error.ToString());
    }

    [Fact]
    public async Task Credential_provider_failing_with_a_bce_error_keeps_it_as_the_cause()
    {
        var provider = new ThrowingProvider(new BceClientException("The environment variable BCE_ACCESS_KEY_ID is not set."));
        await using var harness = await PipelineHarness.StartAsync(credentials: provider);

        var error = await Assert.ThrowsAsync<BceClientException>(() => harness.Pipeline.SendAsync(new BceRequestMessage(HttpMethod.Get, "/v1/widget", "GetWidget")));

        Assert.Contains("BCE_ACCESS_KEY_ID is not set", error.Message, StringComparison.Ordinal);
        Assert.IsType<BceClientException>(error.InnerException);
    }

    [Theory]
    [InlineData("{\"accessKeyId\":\"ak\",\"secretAccessKey\":\"s3cr3t-value\",\"sessionToken\":\"t0ken-value\"}")]
    [InlineData("Authorization: bce-auth-v1/ak/2025-01-15T08:00:00Z/1800/host/abc")]
    [InlineData("authorization=Bearer-s3cr3t-value")]
    public void Scrubber_removes_secret_looking_values_without_knowing_them(string text)
    {
        var scrubbed = SecretScrubber.Scrub(text);

        Assert.DoesNotContain("s3cr3t-value", scrubbed);
        Assert.DoesNotContain("t0ken-value", scrubbed);
        Assert.DoesNotContain("bce-auth-v1", scrubbed);
    }

    [Fact]
    public void Scrubber_leaves_ordinary_text_alone()
    {
        const string text = "{\"code\":\"NoSuchObject\",\"message\":\"peerconn-1 not found\",\"clientToken\":\"abc\",\"requestId\":\"r-1\"}";

        Assert.Equal(text, SecretScrubber.Scrub(text, "bbbbbbbbbbbbbbbb"));
    }

    private sealed class ThrowingProvider(Exception exception) : BceCredentialProvider
    {
        public override ValueTask<BceCredentials> GetCredentialsAsync(CancellationToken cancellationToken = default) => throw exception;
    }
}
