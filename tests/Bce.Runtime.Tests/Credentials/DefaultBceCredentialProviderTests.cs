using Bce.Runtime.Credentials;
using Bce.Runtime.Errors;
using Bce.Runtime.Pipeline;

namespace Bce.Runtime.Tests.Credentials;

public sealed class DefaultBceCredentialProviderTests : IDisposable
{
    private readonly CredentialHome _home = new();

    public void Dispose() => _home.Dispose();

    private DefaultBceCredentialProvider Chain(string? profile = null) => new(_home.Options(profile));

    private void SetEnvironmentKeys(string accessKeyId = "ak-env")
    {
        _home.Environment["BCE_ACCESS_KEY_ID"] = accessKeyId;
        _home.Environment["BCE_SECRET_ACCESS_KEY"] = TestKeys.SecretAccessKey;
    }

    private void WriteCliProfile(string accessKeyId = "ak-cli") =>
        _home.WriteCliConfig(CredentialHome.CliConfig("default", ("default", "AK", accessKeyId, TestKeys.SecretAccessKey, null)));

    private void WriteLegacy(string accessKeyId = "ak-legacy") =>
        _home.WriteLegacy($"[defaults]\nbce_access_key_id = {accessKeyId}\nbce_secret_access_key = {TestKeys.SecretAccessKey}\n");

    [Fact]
    public async Task Explicit_credentials_answer_without_looking_anywhere_else()
    {
        var explicitCredentials = new BceCredentials("ak-explicit", TestKeys.SecretAccessKey);
        var chain = new DefaultBceCredentialProvider(explicitCredentials);

        Assert.Same(explicitCredentials, await chain.GetCredentialsAsync());
        Assert.Equal("explicit credentials", chain.Source);
    }

    [Fact]
    public async Task Environment_comes_before_both_files()
    {
        SetEnvironmentKeys();
        WriteCliProfile();
        WriteLegacy();
        var chain = Chain();

        Assert.Equal("ak-env", (await chain.GetCredentialsAsync()).AccessKeyId);
        Assert.Equal("environment", chain.Source);
    }

    [Fact]
    public async Task Environment_session_token_falls_back_to_the_CLI_name_BCE_SECURITY_TOKEN()
    {
        SetEnvironmentKeys();
        _home.Environment["BCE_SECURITY_TOKEN"] = TestKeys.SessionToken;

        Assert.Equal(TestKeys.SessionToken, (await Chain().GetCredentialsAsync()).SessionToken);

        _home.Environment["BCE_SESSION_TOKEN"] = "preferred-token";
        Assert.Equal("preferred-token", (await Chain().GetCredentialsAsync()).SessionToken);
    }

    [Fact]
    public async Task CLI_profile_comes_before_the_legacy_file()
    {
        WriteCliProfile();
        WriteLegacy();
        var chain = Chain();

        Assert.Equal("ak-cli", (await chain.GetCredentialsAsync()).AccessKeyId);
        Assert.Equal($"profile 'default' of {_home.CliConfigPath}", chain.Source);
    }

    [Fact]
    public async Task Legacy_file_answers_when_nothing_else_does()
    {
        WriteLegacy();
        var chain = Chain();

        Assert.Equal("ak-legacy", (await chain.GetCredentialsAsync()).AccessKeyId);
        Assert.Equal($"section [defaults] of {_home.LegacyPath}", chain.Source);
    }

    [Fact]
    public async Task The_profile_applies_to_both_files()
    {
        _home.WriteCliConfig(CredentialHome.CliConfig("default", ("default", "AK", "ak-cli", "sk", null)));
        _home.WriteLegacy("[defaults]\nbce_access_key_id = ak-1\nbce_secret_access_key = sk\n[prod]\nbce_access_key_id = ak-prod\nbce_secret_access_key = sk\n");
        _home.Environment["BCE_PROFILE"] = "prod";

        Assert.Equal("ak-prod", (await Chain().GetCredentialsAsync()).AccessKeyId);
    }

    [Fact]
    public async Task Nothing_found_is_one_exception_listing_every_source_and_why()
    {
        _home.WriteCliConfig(CredentialHome.CliConfig("default", ("other", "AK", "ak", TestKeys.SecretAccessKey, null)));

        var error = await Assert.ThrowsAsync<BceCredentialsNotFoundException>(async () => await Chain().GetCredentialsAsync());

        Assert.Equal(
            [
                "environment: BCE_ACCESS_KEY_ID and BCE_SECRET_ACCESS_KEY not set",
                $"{_home.CliConfigPath}: profile 'default' (its \"current\") missing",
                $"{_home.LegacyPath}: not found",
            ],
            error.Sources);
        Assert.StartsWith("No BCE credentials found. Tried: environment: BCE_ACCESS_KEY_ID and BCE_SECRET_ACCESS_KEY not set; ", error.Message);
        Assert.IsAssignableFrom<BceException>(error);
        TestKeys.AssertNoSecrets(error.ToString());
    }

    [Fact]
    public async Task Half_a_key_pair_in_the_environment_is_an_error_not_a_fall_through_to_another_account()
    {
        _home.Environment["BCE_SECRET_ACCESS_KEY"] = TestKeys.SecretAccessKey;
        WriteCliProfile();

        var error = await Assert.ThrowsAsync<BceClientException>(async () => await Chain().GetCredentialsAsync());

        Assert.Equal("The environment variable BCE_SECRET_ACCESS_KEY is set but BCE_ACCESS_KEY_ID is not; set both, or neither to use the credential files.", error.Message);
        TestKeys.AssertNoSecrets(error.ToString());
    }

    [Fact]
    public async Task A_malformed_CLI_file_stops_the_chain_with_its_own_error()
    {
        _home.WriteCliConfig($$"""{ "profiles": [ { "secret_access_key": "{{TestKeys.SecretAccessKey}}" ] }""");
        WriteLegacy();

        var error = await Assert.ThrowsAsync<BceCredentialFileException>(async () => await Chain().GetCredentialsAsync());

        Assert.Equal(_home.CliConfigPath, error.FilePath);
        TestKeys.AssertNoSecrets(error.ToString());
    }

    [Fact]
    public async Task The_source_that_answered_is_asked_first_from_then_on()
    {
        WriteCliProfile();
        var chain = Chain();
        await chain.GetCredentialsAsync();

        // The environment comes first in the chain, but the chain already settled on the profile file.
        SetEnvironmentKeys();

        Assert.Equal("ak-cli", (await chain.GetCredentialsAsync()).AccessKeyId);
    }

    [Fact]
    public async Task When_the_remembered_source_stops_applying_the_chain_is_walked_again()
    {
        WriteCliProfile();
        WriteLegacy();
        var chain = Chain();
        Assert.Equal("ak-cli", (await chain.GetCredentialsAsync()).AccessKeyId);

        File.Delete(_home.CliConfigPath);
        _home.Time.Advance(BceCredentialSourceOptions.DefaultFileRefreshInterval);

        Assert.Equal("ak-legacy", (await chain.GetCredentialsAsync()).AccessKeyId);
        Assert.Equal($"section [defaults] of {_home.LegacyPath}", chain.Source);
    }

    [Fact]
    public async Task Keys_rotated_in_the_answering_file_are_picked_up()
    {
        WriteCliProfile("ak-before");
        var chain = Chain();
        Assert.Equal("ak-before", (await chain.GetCredentialsAsync()).AccessKeyId);

        WriteCliProfile("ak-after-rotation");
        _home.Time.Advance(BceCredentialSourceOptions.DefaultFileRefreshInterval);

        Assert.Equal("ak-after-rotation", (await chain.GetCredentialsAsync()).AccessKeyId);
    }

    [Fact]
    public async Task ToString_and_Source_never_show_a_secret()
    {
        _home.WriteCliConfig(CredentialHome.CliConfig("sts", ("sts", "StsToken", TestKeys.AccessKeyId, TestKeys.SecretAccessKey, TestKeys.SessionToken)));
        var chain = Chain();
        Assert.Equal("DefaultBceCredentialProvider { Source = none yet }", chain.ToString());

        var credentials = await chain.GetCredentialsAsync();

        Assert.Equal($"DefaultBceCredentialProvider {{ Source = profile 'sts' of {_home.CliConfigPath} }}", chain.ToString());
        TestKeys.AssertNoSecrets(chain.ToString());
        Assert.DoesNotContain(TestKeys.AccessKeyId, chain.ToString());
        TestKeys.AssertNoSecrets(credentials.ToString());
    }

    [Fact]
    public async Task Through_the_pipeline_nothing_found_is_a_client_error_listing_the_sources_and_sends_nothing()
    {
        await using var harness = await PipelineHarness.StartAsync(credentials: Chain());

        var error = await Assert.ThrowsAsync<BceClientException>(() => harness.Pipeline.SendAsync(new BceRequestMessage(HttpMethod.Get, "/v1/widget", "ListWidgets")));

        Assert.IsType<BceCredentialsNotFoundException>(error.InnerException);
        Assert.Contains("DefaultBceCredentialProvider: No BCE credentials found. Tried: environment:", error.Message);
        Assert.Contains(_home.LegacyPath, error.Message);
        Assert.Empty(harness.Server.Requests);
    }
}
