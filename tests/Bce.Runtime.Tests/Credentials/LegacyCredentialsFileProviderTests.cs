using Bce.Runtime.Credentials;

namespace Bce.Runtime.Tests.Credentials;

public sealed class LegacyCredentialsFileProviderTests : IDisposable
{
    private readonly CredentialHome _home = new();

    public void Dispose() => _home.Dispose();

    private LegacyCredentialsFileProvider Provider(string? profile = null) => new(_home.Options(profile));

    [Fact]
    public async Task Reads_the_defaults_section_the_python_CLI_writes()
    {
        _home.WriteLegacy($"""
            # written by bce -c
            [defaults]
            bce_access_key_id = {TestKeys.AccessKeyId}
            bce_secret_access_key = {TestKeys.SecretAccessKey}
            bce_security_token = 
            """);

        var credentials = await Provider().GetCredentialsAsync();

        Assert.Equal((TestKeys.AccessKeyId, TestKeys.SecretAccessKey, (string?)null), (credentials.AccessKeyId, credentials.SecretAccessKey, credentials.SessionToken));
    }

    [Theory]
    [InlineData("bce_security_token")]
    [InlineData("bce_session_token")]
    public async Task A_security_token_makes_session_credentials(string key)
    {
        _home.WriteLegacy($"[defaults]\r\nbce_access_key_id=ak\r\nbce_secret_access_key: sk\r\n{key} = {TestKeys.SessionToken}\r\n");

        Assert.Equal(TestKeys.SessionToken, (await Provider().GetCredentialsAsync()).SessionToken);
    }

    [Fact]
    public async Task Keys_match_case_insensitively_and_DEFAULT_keys_are_inherited_as_in_python()
    {
        _home.WriteLegacy("""
            [DEFAULT]
            BCE_SECRET_ACCESS_KEY = sk-inherited
            ; a comment
            [defaults]
            Bce_Access_Key_Id = ak
            """);

        var credentials = await Provider().GetCredentialsAsync();

        Assert.Equal(("ak", "sk-inherited"), (credentials.AccessKeyId, credentials.SecretAccessKey));
    }

    [Fact]
    public async Task A_named_profile_selects_its_section_and_BCE_PROFILE_is_used_when_the_option_is_not()
    {
        _home.WriteLegacy("[defaults]\nbce_access_key_id = ak-1\nbce_secret_access_key = sk\n[prod]\nbce_access_key_id = ak-2\nbce_secret_access_key = sk\n[dev]\nbce_access_key_id = ak-3\nbce_secret_access_key = sk\n");
        _home.Environment["BCE_PROFILE"] = "prod";

        Assert.Equal("ak-2", (await Provider().GetCredentialsAsync()).AccessKeyId);
        Assert.Equal("ak-3", (await Provider(profile: "dev").GetCredentialsAsync()).AccessKeyId);
    }

    [Fact]
    public async Task Early_SAM_CLI_default_section_is_read_when_there_is_no_defaults_section()
    {
        _home.WriteLegacy("[default]\nbce_access_key_id = ak\nbce_secret_access_key = sk\n");

        Assert.Equal("ak", (await Provider().GetCredentialsAsync()).AccessKeyId);
    }

    [Fact]
    public async Task A_missing_section_is_not_found_and_names_the_section()
    {
        _home.WriteLegacy("[defaults]\nbce_access_key_id = ak\nbce_secret_access_key = sk\n");

        var error = await Assert.ThrowsAsync<BceCredentialsNotFoundException>(async () => await Provider(profile: "x").GetCredentialsAsync());

        Assert.Equal($"{_home.LegacyPath}: section [x] (the options) missing", Assert.Single(error.Sources));
    }

    [Fact]
    public async Task Empty_keys_as_bce_c_first_writes_them_do_not_apply()
    {
        _home.WriteLegacy("[defaults]\nbce_access_key_id = \nbce_secret_access_key = \n");

        var error = await Assert.ThrowsAsync<BceCredentialsNotFoundException>(async () => await Provider().GetCredentialsAsync());

        Assert.EndsWith("section [defaults] has no keys", Assert.Single(error.Sources));
    }

    [Fact]
    public async Task Half_a_key_pair_is_an_error_naming_the_section_line()
    {
        _home.WriteLegacy($"\n[defaults]\nbce_secret_access_key = {TestKeys.SecretAccessKey}\n");

        var error = await Assert.ThrowsAsync<BceCredentialFileException>(async () => await Provider().GetCredentialsAsync());

        Assert.Equal($"{_home.LegacyPath} line 2: section [defaults] has bce_secret_access_key but no bce_access_key_id", error.Message);
        TestKeys.AssertNoSecrets(error.ToString());
    }

    [Fact]
    public async Task A_malformed_line_names_file_and_line_but_not_the_line()
    {
        _home.WriteLegacy($"[defaults]\nbce_access_key_id = ak\n{TestKeys.SecretAccessKey}\n");

        var error = await Assert.ThrowsAsync<BceCredentialFileException>(async () => await Provider().GetCredentialsAsync());

        Assert.Equal((_home.LegacyPath, 3, (int?)null), (error.FilePath, error.LineNumber, error.Column));
        Assert.Equal($"{_home.LegacyPath} line 3: expected \"key = value\", a [section] header or a comment", error.Message);
        TestKeys.AssertNoSecrets(error.ToString());
    }

    [Theory]
    [InlineData("bce_access_key_id = ak\n[defaults]\n", 1, "has a key before any [section] header")]
    [InlineData("[defaults\n", 1, "expected a [section] header")]
    [InlineData("[defaults]\n[]\n", 2, "expected a [section] header")]
    public async Task Malformed_structure_is_an_error_with_its_line(string ini, int line, string problem)
    {
        _home.WriteLegacy(ini);

        var error = await Assert.ThrowsAsync<BceCredentialFileException>(async () => await Provider().GetCredentialsAsync());

        Assert.Equal($"{_home.LegacyPath} line {line}: {problem}", error.Message);
    }

    [Fact]
    public async Task Bytes_that_are_not_UTF8_are_an_error()
    {
        File.WriteAllBytes(_home.LegacyPath, [(byte)'[', 0xFF, 0xFE, (byte)']']);

        var error = await Assert.ThrowsAsync<BceCredentialFileException>(async () => await Provider().GetCredentialsAsync());

        Assert.EndsWith("is not UTF-8 text", error.Message);
    }

    [Fact]
    public async Task A_rewritten_file_is_read_again_once_the_refresh_interval_has_passed()
    {
        _home.WriteLegacy("[defaults]\nbce_access_key_id = ak-old\nbce_secret_access_key = sk-old\n");
        var provider = Provider();
        Assert.Equal("ak-old", (await provider.GetCredentialsAsync()).AccessKeyId);

        _home.WriteLegacy("[defaults]\nbce_access_key_id = ak-new\nbce_secret_access_key = sk-new\n");
        _home.Time.Advance(BceCredentialSourceOptions.DefaultFileRefreshInterval);

        Assert.Equal("ak-new", (await provider.GetCredentialsAsync()).AccessKeyId);
    }

    [Fact]
    public async Task A_missing_file_is_not_found()
    {
        var error = await Assert.ThrowsAsync<BceCredentialsNotFoundException>(async () => await Provider().GetCredentialsAsync());

        Assert.Equal($"{_home.LegacyPath}: not found", Assert.Single(error.Sources));
    }
}
