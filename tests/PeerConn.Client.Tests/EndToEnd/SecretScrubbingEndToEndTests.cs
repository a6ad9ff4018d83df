using Bce.Runtime.Credentials;
using Bce.Runtime.Errors;
using Bce.Runtime.Signing;
using Bce.Runtime.Sts;
using Bce.Vpc.PeerConnections;
using PeerConn.Client.Tests.EndToEnd.Infrastructure;

namespace PeerConn.Client.Tests.EndToEnd;

/// <summary>
/// The emulator, like the real service, quotes the canonical request when a signature does not match, and that
/// request holds x-bce-security-token: none of it may reach the exception's text.
/// </summary>
public sealed class SecretScrubbingEndToEndTests : IAsyncLifetime
{
    private EmulatorHarness _h = null!;

    public async Task InitializeAsync() => _h = await EmulatorHarness.StartAsync();

    public async Task DisposeAsync() => await _h.DisposeAsync();

    [Fact]
    public async Task Signature_mismatch_with_session_credentials_keeps_neither_the_token_nor_the_secret_in_any_text()
    {
        using var sts = new StsClient(EmulatorHarness.PrimaryCredentials, _h.ClientOptions());
        var session = await sts.GetSessionTokenAsync(durationSeconds: 900);
        var wrongSecret = new string('f', session.SecretAccessKey.Length);
        var client = _h.NewClient(new BceCredentials(session.AccessKeyId, wrongSecret, session.SessionToken));

        var error = await ServiceError.ThrowsAsync(
            PeerConnErrorCodes.SignatureDoesNotMatch, 400,
            () => client.GetPeerConnDetailAsync(new GetPeerConnDetailRequest { PeerConnId = "peerconn-doesnotexist" }));

        var everything = string.Join("\n", error.Message, error.ErrorMessage, error.ToString(), error.RawContent);
        Assert.Contains("REDACTED", error.ErrorMessage, StringComparison.Ordinal);
        foreach (var secret in new[] { session.SessionToken, UriEncoder.Encode(session.SessionToken), session.SecretAccessKey, wrongSecret })
        {
            Assert.DoesNotContain(secret, everything, StringComparison.Ordinal);
        }
    }
}
