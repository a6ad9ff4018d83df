using Bce.Runtime.Credentials;
using Bce.Runtime.Errors;

namespace Bce.Runtime.Tests.Credentials;

public sealed class EnvironmentCredentialProviderTests
{
    private static EnvironmentCredentialProvider Over(Dictionary<string, string> variables) =>
        new(name => variables.GetValueOrDefault(name));

    [Fact]
    public async Task Reads_keys_and_optional_token()
    {
        var provider = Over(new() { ["BCE_ACCESS_KEY_ID"] = "ak", ["BCE_SECRET_ACCESS_KEY"] = "sk", ["BCE_SESSION_TOKEN"] = "tok" });

        var credentials = await provider.GetCredentialsAsync();

        Assert.Equal(("ak", "sk", "tok"), (credentials.AccessKeyId, credentials.SecretAccessKey, credentials.SessionToken));
    }

    [Fact]
    public async Task Token_is_optional()
    {
        var provider = Over(new() { ["BCE_ACCESS_KEY_ID"] = "ak", ["BCE_SECRET_ACCESS_KEY"] = "sk" });

        Assert.Null((await provider.GetCredentialsAsync()).SessionToken);
    }

    [Theory]
    [InlineData("BCE_ACCESS_KEY_ID")]
    [InlineData("BCE_SECRET_ACCESS_KEY")]
    public async Task Missing_variable_is_named_in_the_error(string missing)
    {
        var variables = new Dictionary<string, string> { ["BCE_ACCESS_KEY_ID"] = "ak", ["BCE_SECRET_ACCESS_KEY"] = "super-secret" };
        variables.Remove(missing);

        var error = await Assert.ThrowsAsync<BceClientException>(async () => await Over(variables).GetCredentialsAsync());

        Assert.StartsWith($"The environment variable {missing} is not set", error.Message);
        Assert.DoesNotContain("super-secret", error.Message);
    }
}
