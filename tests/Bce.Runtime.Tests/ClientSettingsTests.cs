using System.Reflection;
using Bce.Runtime.Credentials;
using Bce.Runtime.Signing;
using Bce.Runtime.Tests.Credentials;

namespace Bce.Runtime.Tests;

/// <summary>
/// <see cref="BceClientSettings"/>: the same settings as <see cref="BceClientOptions"/> (a new option cannot be
/// forgotten on one side), the same defaults, copied into independent options by <c>ToOptions</c>, and the credential
/// provider its source and profile describe, read from a temporary home.
/// </summary>
public sealed class ClientSettingsTests
{
    /// <summary>Where a client finds its keys: settings only, not client options.</summary>
    private static readonly string[] CredentialSettings = [nameof(BceClientSettings.Profile), nameof(BceClientSettings.CredentialSource)];

    /// <summary>Services: client options only, never bindable settings.</summary>
    private static readonly string[] Services =
        [nameof(BceClientOptions.LoggerFactory), nameof(BceClientOptions.TimeProvider), nameof(BceClientOptions.Transport), nameof(BceClientOptions.Proxy)];

    [Fact]
    public void Settings_are_the_options_without_the_services_plus_the_credential_source()
    {
        var settings = Properties(typeof(BceClientSettings)).Where(p => !CredentialSettings.Contains(p.Key));
        var options = Properties(typeof(BceClientOptions)).Where(p => !Services.Contains(p.Key));

        Assert.Equal(options.OrderBy(p => p.Key), settings.OrderBy(p => p.Key));
    }

    [Fact]
    public void Defaults_match_the_options_defaults()
    {
        var fromSettings = new BceClientSettings().ToOptions();
        var defaults = new BceClientOptions();

        foreach (var property in typeof(BceClientOptions).GetProperties().Where(p => !Services.Contains(p.Name)))
        {
            var expected = property.GetValue(defaults);
            var actual = property.GetValue(fromSettings);
            if (expected is BceRetryOptions or BceSignOptions)
            {
                Assert.Equivalent(expected, actual);
            }
            else
            {
                Assert.Equal(expected, actual);
            }
        }

        Assert.Equal(BceCredentialSource.Chain, new BceClientSettings().CredentialSource);
    }

    [Fact]
    public void ToOptions_copies_every_setting_into_objects_of_its_own()
    {
        var settings = new BceClientSettings
        {
            Endpoint = new Uri("http://127.0.0.1:5080"),
            Region = "gz",
            SignOptions = new BceSignOptions { ExpirationInSeconds = 60, HeadersToSign = ["x-bce-request-id"] },
            Retry = new BceRetryOptions { MaxRetries = 7, Delay = TimeSpan.FromSeconds(1), MaxDelay = TimeSpan.FromSeconds(9), UseJitter = false, RespectRetryAfter = false },
            AttemptTimeout = TimeSpan.FromSeconds(5),
            Timeout = TimeSpan.FromSeconds(50),
            MaxResponseSize = 4096,
            ConnectTimeout = TimeSpan.FromSeconds(2),
            ApplicationId = "my-app",
        };

        var options = settings.ToOptions();
        settings.Retry.MaxRetries = 0;
        settings.SignOptions.ExpirationInSeconds = 1;

        Assert.Equal(settings.Endpoint, options.Endpoint);
        Assert.Equal("gz", options.Region);
        Assert.Equal(60, options.SignOptions.ExpirationInSeconds);
        Assert.Equal(["x-bce-request-id"], options.SignOptions.HeadersToSign!);
        Assert.Equal(7, options.Retry.MaxRetries);
        Assert.Equal(TimeSpan.FromSeconds(1), options.Retry.Delay);
        Assert.Equal(TimeSpan.FromSeconds(9), options.Retry.MaxDelay);
        Assert.False(options.Retry.UseJitter);
        Assert.False(options.Retry.RespectRetryAfter);
        Assert.Equal(TimeSpan.FromSeconds(5), options.AttemptTimeout);
        Assert.Equal(TimeSpan.FromSeconds(50), options.Timeout);
        Assert.Equal(4096, options.MaxResponseSize);
        Assert.Equal(TimeSpan.FromSeconds(2), options.ConnectTimeout);
        Assert.Equal("my-app", options.ApplicationId);
    }

    [Theory]
    [InlineData(BceCredentialSource.Chain, typeof(DefaultBceCredentialProvider))]
    [InlineData(BceCredentialSource.Environment, typeof(EnvironmentCredentialProvider))]
    [InlineData(BceCredentialSource.CliProfile, typeof(BceCliProfileCredentialProvider))]
    [InlineData(BceCredentialSource.CredentialsFile, typeof(LegacyCredentialsFileProvider))]
    public void Credential_source_picks_its_provider(BceCredentialSource source, Type expected)
    {
        using var home = new CredentialHome();

        var provider = new BceClientSettings { CredentialSource = source }.CreateCredentialProvider(home.Options());

        Assert.IsType(expected, provider);
    }

    [Fact]
    public async Task Profile_of_the_settings_selects_the_profile_the_chain_reads()
    {
        using var home = new CredentialHome();
        home.WriteCliConfig(CredentialHome.CliConfig("default",
            ("default", "AK", TestKeys.AccessKeyId, TestKeys.SecretAccessKey, null),
            ("prod", "AK", "prodaccesskey", "prodsecretkey", null)));

        var fromDefault = await new BceClientSettings().CreateCredentialProvider(home.Options()).GetCredentialsAsync();
        var fromProd = await new BceClientSettings { Profile = "prod" }.CreateCredentialProvider(home.Options()).GetCredentialsAsync();

        Assert.Equal(TestKeys.AccessKeyId, fromDefault.AccessKeyId);
        Assert.Equal("prodaccesskey", fromProd.AccessKeyId);
    }

    [Fact]
    public async Task Environment_source_reads_the_source_options_environment_not_the_process()
    {
        using var home = new CredentialHome();
        home.Environment["BCE_ACCESS_KEY_ID"] = "envaccesskey";
        home.Environment["BCE_SECRET_ACCESS_KEY"] = "envsecretkey";

        var credentials = await new BceClientSettings { CredentialSource = BceCredentialSource.Environment }
            .CreateCredentialProvider(home.Options()).GetCredentialsAsync();

        Assert.Equal("envaccesskey", credentials.AccessKeyId);
    }

    [Fact]
    public void An_undefined_credential_source_is_refused_by_name()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() =>
            new BceClientSettings { CredentialSource = (BceCredentialSource)42 }.CreateCredentialProvider());

        Assert.Equal(nameof(BceClientSettings.CredentialSource), error.ParamName);
    }

    private static IEnumerable<KeyValuePair<string, Type>> Properties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => new KeyValuePair<string, Type>(p.Name, p.PropertyType));
}
