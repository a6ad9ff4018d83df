using Bce.Runtime.Credentials;

namespace Bce.Runtime.Tests.Credentials;

public sealed class BceCliProfileCredentialProviderTests : IDisposable
{
    private const string OtherSecret = "cccccccccccccccccccccccccccccccc";

    private readonly CredentialHome _home = new();

    public void Dispose() => _home.Dispose();

    private BceCliProfileCredentialProvider Provider(string? profile = null) => new(_home.Options(profile));

    private void WriteTwoProfiles(string current) => _home.WriteCliConfig(CredentialHome.CliConfig(
        current,
        ("default", "AK", "ak-default", TestKeys.SecretAccessKey, null),
        ("prod", "AK", "ak-prod", OtherSecret, null)));

    [Fact]
    public async Task Reads_the_current_profile_in_AK_mode()
    {
        WriteTwoProfiles(current: "prod");

        var credentials = await Provider().GetCredentialsAsync();

        Assert.Equal(("ak-prod", OtherSecret, (string?)null), (credentials.AccessKeyId, credentials.SecretAccessKey, credentials.SessionToken));
    }

    [Fact]
    public async Task Empty_current_means_the_profile_named_default()
    {
        WriteTwoProfiles(current: "");

        Assert.Equal("ak-default", (await Provider().GetCredentialsAsync()).AccessKeyId);
    }

    [Fact]
    public async Task BCE_PROFILE_wins_over_current()
    {
        WriteTwoProfiles(current: "default");
        _home.Environment["BCE_PROFILE"] = "prod";

        Assert.Equal("ak-prod", (await Provider().GetCredentialsAsync()).AccessKeyId);
    }

    [Fact]
    public async Task Profile_option_wins_over_BCE_PROFILE()
    {
        WriteTwoProfiles(current: "prod");
        _home.Environment["BCE_PROFILE"] = "prod";

        Assert.Equal("ak-default", (await Provider(profile: "default").GetCredentialsAsync()).AccessKeyId);
    }

    [Fact]
    public async Task StsToken_profile_carries_the_security_token()
    {
        _home.WriteCliConfig(CredentialHome.CliConfig("sts", ("sts", "StsToken", TestKeys.AccessKeyId, TestKeys.SecretAccessKey, TestKeys.SessionToken)));

        var credentials = await Provider().GetCredentialsAsync();

        Assert.True(credentials.IsSessionCredentials);
        Assert.Equal(TestKeys.SessionToken, credentials.SessionToken);
    }

    [Fact]
    public async Task AK_profile_ignores_a_leftover_security_token_as_the_CLI_does()
    {
        _home.WriteCliConfig(CredentialHome.CliConfig("default", ("default", "AK", "ak", TestKeys.SecretAccessKey, TestKeys.SessionToken)));

        Assert.False((await Provider().GetCredentialsAsync()).IsSessionCredentials);
    }

    [Fact]
    public async Task Missing_mode_means_AK_and_property_names_match_case_insensitively_as_in_Go()
    {
        _home.WriteCliConfig($$"""{ "Current": "me", "Profiles": [ { "Name": "me", "Access_Key_Id": "ak", "SECRET_ACCESS_KEY": "{{TestKeys.SecretAccessKey}}", "extra": { "nested": [1, 2] } } ] }""");

        Assert.Equal("ak", (await Provider().GetCredentialsAsync()).AccessKeyId);
    }

    [Fact]
    public async Task A_byte_order_mark_is_accepted()
    {
        File.WriteAllBytes(_home.CliConfigPath, [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(CredentialHome.CliConfig("default", ("default", "AK", "ak", "sk", null)))]);

        Assert.Equal("ak", (await Provider().GetCredentialsAsync()).AccessKeyId);
    }

    [Fact]
    public async Task An_overridden_file_path_is_read_instead_of_the_home_directory()
    {
        var elsewhere = Path.Combine(_home.Directory, "elsewhere.json");
        _home.Write(elsewhere, CredentialHome.CliConfig("default", ("default", "AK", "ak-elsewhere", "sk", null)));
        var options = _home.Options();
        options.CliConfigFilePath = elsewhere;

        var provider = new BceCliProfileCredentialProvider(options);

        Assert.Equal(elsewhere, provider.FilePath);
        Assert.Equal("ak-elsewhere", (await provider.GetCredentialsAsync()).AccessKeyId);
    }

    [Fact]
    public async Task Missing_file_is_not_found_and_names_the_file()
    {
        var error = await Assert.ThrowsAsync<BceCredentialsNotFoundException>(async () => await Provider().GetCredentialsAsync());

        Assert.Equal([$"{_home.CliConfigPath}: not found"], error.Sources);
    }

    [Fact]
    public async Task Missing_profile_is_not_found_and_says_who_asked_for_it()
    {
        WriteTwoProfiles(current: "default");
        _home.Environment["BCE_PROFILE"] = "staging";

        var error = await Assert.ThrowsAsync<BceCredentialsNotFoundException>(async () => await Provider().GetCredentialsAsync());

        Assert.Equal($"{_home.CliConfigPath}: profile 'staging' (BCE_PROFILE) missing", Assert.Single(error.Sources));
    }

    [Fact]
    public async Task Without_a_home_directory_the_file_is_not_looked_for()
    {
        var options = _home.Options();
        options.HomeDirectory = null; // and the fake environment has no HOME

        var error = await Assert.ThrowsAsync<BceCredentialsNotFoundException>(async () => await new BceCliProfileCredentialProvider(options).GetCredentialsAsync());

        Assert.Contains("no home directory", Assert.Single(error.Sources));
    }

    [Fact]
    public async Task Home_directory_defaults_to_HOME_or_USERPROFILE_from_the_given_environment()
    {
        WriteTwoProfiles(current: "default");
        var options = _home.Options();
        options.HomeDirectory = null;
        _home.Environment["HOME"] = _home.Directory;
        _home.Environment["USERPROFILE"] = _home.Directory;

        Assert.Equal("ak-default", (await new BceCliProfileCredentialProvider(options).GetCredentialsAsync()).AccessKeyId);
    }

    [Fact]
    public async Task StsToken_profile_without_token_is_an_error_naming_file_and_profile_line()
    {
        _home.WriteCliConfig(CredentialHome.CliConfig("default",
            ("other", "AK", "ak", "sk", null),
            ("default", "StsToken", TestKeys.AccessKeyId, TestKeys.SecretAccessKey, null)));

        var error = await Assert.ThrowsAsync<BceCredentialFileException>(async () => await Provider().GetCredentialsAsync());

        Assert.Equal((_home.CliConfigPath, 11), (error.FilePath, error.LineNumber));
        Assert.Equal($"{_home.CliConfigPath} line 11: profile 'default' has mode StsToken but no security_token", error.Message);
        TestKeys.AssertNoSecrets(error.ToString());
    }

    [Fact]
    public async Task Half_a_key_pair_is_an_error()
    {
        _home.WriteCliConfig($$"""{ "current": "default", "profiles": [ { "name": "default", "mode": "AK", "secret_access_key": "{{TestKeys.SecretAccessKey}}" } ] }""");

        var error = await Assert.ThrowsAsync<BceCredentialFileException>(async () => await Provider().GetCredentialsAsync());

        Assert.EndsWith("profile 'default' has secret_access_key but no access_key_id", error.Message);
        TestKeys.AssertNoSecrets(error.ToString());
    }

    [Fact]
    public async Task A_profile_without_keys_does_not_apply()
    {
        _home.WriteCliConfig("""{ "current": "default", "profiles": [ { "name": "default", "mode": "AK", "region": "bj" } ] }""");

        var error = await Assert.ThrowsAsync<BceCredentialsNotFoundException>(async () => await Provider().GetCredentialsAsync());

        Assert.EndsWith("profile 'default' has no keys", Assert.Single(error.Sources));
    }

    [Fact]
    public async Task A_mode_the_CLI_defines_but_no_keys_serve_is_named()
    {
        _home.WriteCliConfig("""{ "current": "default", "profiles": [ { "name": "default", "mode": "AssumeRole" } ] }""");

        var error = await Assert.ThrowsAsync<BceCredentialFileException>(async () => await Provider().GetCredentialsAsync());

        Assert.Contains("has mode AssumeRole; only AK and StsToken profiles", error.Message);
    }

    [Fact]
    public async Task An_unknown_mode_is_not_quoted_since_it_could_be_a_misplaced_key()
    {
        _home.WriteCliConfig($$"""{ "current": "default", "profiles": [ { "name": "default", "mode": "{{TestKeys.SecretAccessKey}}" } ] }""");

        var error = await Assert.ThrowsAsync<BceCredentialFileException>(async () => await Provider().GetCredentialsAsync());

        Assert.Contains("has mode an unknown value", error.Message);
        TestKeys.AssertNoSecrets(error.ToString());
    }

    [Fact]
    public async Task Malformed_json_names_file_line_and_column_but_not_the_contents()
    {
        // Line 4 is missing its comma; the reader notices at the next property, line 5 column 5.
        _home.WriteCliConfig($$"""
            {
              "current": "default",
              "profiles": [ { "name": "default",
                "secret_access_key": "{{TestKeys.SecretAccessKey}}"
                "access_key_id": "ak" } ]
            }
            """);

        var error = await Assert.ThrowsAsync<BceCredentialFileException>(async () => await Provider().GetCredentialsAsync());

        Assert.Equal((5, 5), (error.LineNumber, error.Column));
        Assert.Equal($"{_home.CliConfigPath} line 5, column 5: is not valid JSON", error.Message);
        Assert.Null(error.InnerException);
        TestKeys.AssertNoSecrets(error.ToString());
    }

    [Fact]
    public async Task A_value_of_the_wrong_type_names_its_position()
    {
        _home.WriteCliConfig("""
            {
              "current": "default",
              "profiles": [
                { "name": "default", "access_key_id": 42 }
              ]
            }
            """);

        var error = await Assert.ThrowsAsync<BceCredentialFileException>(async () => await Provider().GetCredentialsAsync());

        Assert.Equal($"{_home.CliConfigPath} line 4, column 43: \"profiles\"[0].access_key_id must be a string", error.Message);
    }

    [Theory]
    [InlineData("", 1, 1)]
    [InlineData("[]", 1, 1)]
    [InlineData("{ \"profiles\": {} }", 1, 15)]
    [InlineData("{ \"profiles\": [ 7 ] }", 1, 17)]
    [InlineData("{ } trailing", 1, 5)]
    public async Task Malformed_layouts_are_errors_with_a_position(string json, int line, int column)
    {
        _home.WriteCliConfig(json);

        var error = await Assert.ThrowsAsync<BceCredentialFileException>(async () => await Provider().GetCredentialsAsync());

        Assert.Equal((line, column), (error.LineNumber, error.Column));
    }

    [Fact]
    public async Task A_string_that_is_not_UTF8_is_an_error_with_its_position()
    {
        File.WriteAllBytes(_home.CliConfigPath, [.. "{ \"current\": \"a"u8, 0xFF, .. "\" }"u8]);

        var error = await Assert.ThrowsAsync<BceCredentialFileException>(async () => await Provider().GetCredentialsAsync());

        Assert.Equal(_home.CliConfigPath, error.FilePath);
        Assert.Equal(1, error.LineNumber);
    }

    [Fact]
    public async Task A_rewritten_file_is_read_again_once_the_refresh_interval_has_passed()
    {
        _home.WriteCliConfig(CredentialHome.CliConfig("default", ("default", "AK", "ak-old", "sk-old", null)));
        var provider = Provider();
        Assert.Equal("ak-old", (await provider.GetCredentialsAsync()).AccessKeyId);

        _home.WriteCliConfig(CredentialHome.CliConfig("default", ("default", "AK", "ak-new", "sk-new", null)));
        Assert.Equal("ak-old", (await provider.GetCredentialsAsync()).AccessKeyId);

        _home.Time.Advance(BceCredentialSourceOptions.DefaultFileRefreshInterval);
        var rotated = await provider.GetCredentialsAsync();

        Assert.Equal(("ak-new", "sk-new"), (rotated.AccessKeyId, rotated.SecretAccessKey));
    }

    [Fact]
    public async Task An_unchanged_file_keeps_its_parsed_credentials()
    {
        _home.WriteCliConfig(CredentialHome.CliConfig("default", ("default", "AK", "ak", "sk", null)));
        var provider = Provider();
        var first = await provider.GetCredentialsAsync();

        _home.Time.Advance(TimeSpan.FromMinutes(1));

        Assert.Same(first, await provider.GetCredentialsAsync());
    }

    [Fact]
    public async Task With_a_zero_interval_every_call_checks_the_file()
    {
        var options = _home.Options();
        options.FileRefreshInterval = TimeSpan.Zero;
        var provider = new BceCliProfileCredentialProvider(options);
        _home.WriteCliConfig(CredentialHome.CliConfig("default", ("default", "AK", "ak-old", "sk", null)));
        Assert.Equal("ak-old", (await provider.GetCredentialsAsync()).AccessKeyId);

        _home.WriteCliConfig(CredentialHome.CliConfig("default", ("default", "AK", "ak-new", "sk", null)));

        Assert.Equal("ak-new", (await provider.GetCredentialsAsync()).AccessKeyId);
    }

    [Fact]
    public async Task A_fixed_file_applies_at_once_because_failures_are_not_cached()
    {
        var provider = Provider();
        _home.WriteCliConfig("{ broken");
        await Assert.ThrowsAsync<BceCredentialFileException>(async () => await provider.GetCredentialsAsync());

        _home.WriteCliConfig(CredentialHome.CliConfig("default", ("default", "AK", "ak", "sk", null)));

        Assert.Equal("ak", (await provider.GetCredentialsAsync()).AccessKeyId);
    }

    [Fact]
    public void Negative_refresh_interval_is_rejected()
    {
        var options = _home.Options();
        options.FileRefreshInterval = TimeSpan.FromSeconds(-1);

        Assert.Throws<ArgumentException>(() => new BceCliProfileCredentialProvider(options));
    }

    [Fact]
    public async Task ToString_shows_the_file_and_no_secret()
    {
        _home.WriteCliConfig(CredentialHome.CliConfig("sts", ("sts", "StsToken", TestKeys.AccessKeyId, TestKeys.SecretAccessKey, TestKeys.SessionToken)));
        var provider = Provider();
        await provider.GetCredentialsAsync();

        Assert.Equal($"BceCliProfileCredentialProvider {{ File = {_home.CliConfigPath} }}", provider.ToString());
    }
}
