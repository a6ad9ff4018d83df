using System.Diagnostics;
using System.Reflection;
using Bce.Runtime.Credentials;
using Bce.Runtime.Sts;

namespace Bce.Runtime.Tests.Credentials;

public sealed class BceCredentialsTests
{
    private const string AccessKeyId = "4f1d1b1b3f2c4c6a9a1e0c7d5b2a8e90";
    private const string Secret = "9c2e7f4a1b6d4e3f8a0b5c7d2e1f3a4b";
    private const string Token = "ZmFrZS1zdHMtdG9rZW4tZm9yLXRlc3Rz";

    [Fact]
    public void ToString_shows_a_masked_access_key_and_never_the_secret_or_token()
    {
        var text = new BceCredentials(AccessKeyId, Secret, Token).ToString();

        Assert.Contains("4f1d****8e90", text);
        Assert.DoesNotContain(AccessKeyId, text);
        Assert.DoesNotContain(Secret, text);
        Assert.DoesNotContain(Token, text);
    }

    [Fact]
    public void Debugger_display_uses_the_redacted_text()
    {
        var attribute = typeof(BceCredentials).GetCustomAttribute<DebuggerDisplayAttribute>();

        Assert.Equal("{ToString(),nq}", attribute!.Value);
    }

    [Fact]
    public void Static_provider_and_session_credentials_do_not_leak_either()
    {
        var provider = new StaticCredentialProvider(AccessKeyId, Secret, Token).ToString();
        var session = new SessionCredentials(AccessKeyId, Secret, Token, null, DateTimeOffset.UnixEpoch, "user-1").ToString();

        foreach (var text in new[] { provider, session })
        {
            Assert.DoesNotContain(Secret, text);
            Assert.DoesNotContain(Token, text);
        }

        Assert.Contains("user-1", session);
    }

    [Fact]
    public void Empty_session_token_means_long_term_keys()
    {
        Assert.False(new BceCredentials("ak", "sk", "").IsSessionCredentials);
        Assert.True(new BceCredentials("ak", "sk", "t").IsSessionCredentials);
    }

    [Theory]
    [InlineData("", "sk")]
    [InlineData("ak", " ")]
    public void Missing_keys_are_rejected(string accessKeyId, string secret)
    {
        Assert.ThrowsAny<ArgumentException>(() => new BceCredentials(accessKeyId, secret));
    }

    [Fact]
    public void Short_access_keys_are_fully_masked()
    {
        Assert.Equal("****", BceCredentials.Mask("abcd1234"));
    }
}
