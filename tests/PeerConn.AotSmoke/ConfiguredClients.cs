using System.Text;
using Bce.Runtime;
using Bce.Runtime.Credentials;
using Bce.Testing;
using Bce.Vpc.PeerConnections;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace PeerConn.AotSmoke;

/// <summary>
/// Configuration and dependency injection under NativeAOT: <see cref="BceClientSettings"/> bound from JSON by the
/// configuration binder's source generator (the build fails on SYSLIB1100/SYSLIB1101 or a trim warning), two keyed
/// clients registered with the generated <c>AddPeerConnClient</c> and called over the loopback server, and the
/// start-up check refusing a registration whose credential chain finds nothing.
/// </summary>
internal static class ConfiguredClients
{
    public static IEnumerable<(string Name, Func<Task> Check)> Checks(LoopbackServer server)
    {
        yield return ("BceClientSettings bound from JSON by the binder generator", BindSettings);
        yield return ("two keyed AddPeerConnClient registrations from configuration", () => KeyedClientsAsync(server));
        yield return ("start-up check names the sources of an empty credential chain", StartupCheck);
    }

    private static IConfiguration Json(string json) =>
        new ConfigurationBuilder().AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(json))).Build();

    private static Task BindSettings()
    {
        var configuration = Json("""
            { "Bce": { "Region": "gz", "Endpoint": "http://127.0.0.1:5080", "AttemptTimeout": "00:00:30", "Timeout": "00:02:00",
                       "MaxResponseSize": 65536, "ApplicationId": "aot-smoke", "Profile": "prod", "CredentialSource": "CliProfile",
                       "Retry": { "MaxRetries": 5, "Delay": "00:00:00.100", "UseJitter": false },
                       "SignOptions": { "ExpirationInSeconds": 600, "HeadersToSign": [ "x-bce-request-id" ] } } }
            """);

        var settings = configuration.GetSection("Bce").Get<BceClientSettings>()
            ?? throw new InvalidOperationException("the section bound to null");

        SmokeAssert.Equal("gz", settings.Region, "Region");
        SmokeAssert.Equal(new Uri("http://127.0.0.1:5080"), settings.Endpoint, "Endpoint");
        SmokeAssert.Equal(TimeSpan.FromSeconds(30), settings.AttemptTimeout, "AttemptTimeout");
        SmokeAssert.Equal(TimeSpan.FromMinutes(2), settings.Timeout, "Timeout");
        SmokeAssert.Equal(65536, settings.MaxResponseSize, "MaxResponseSize");
        SmokeAssert.Equal("aot-smoke", settings.ApplicationId, "ApplicationId");
        SmokeAssert.Equal("prod", settings.Profile, "Profile");
        SmokeAssert.Equal(BceCredentialSource.CliProfile, settings.CredentialSource, "CredentialSource");
        SmokeAssert.Equal(5, settings.Retry.MaxRetries, "Retry:MaxRetries");
        SmokeAssert.Equal(TimeSpan.FromMilliseconds(100), settings.Retry.Delay, "Retry:Delay");
        SmokeAssert.Equal(false, settings.Retry.UseJitter, "Retry:UseJitter");
        SmokeAssert.Equal(600, settings.SignOptions.ExpirationInSeconds, "SignOptions:ExpirationInSeconds");
        SmokeAssert.Equal("x-bce-request-id", settings.SignOptions.HeadersToSign?.Single(), "SignOptions:HeadersToSign");
        return Task.CompletedTask;
    }

    private static async Task KeyedClientsAsync(LoopbackServer server)
    {
        var configuration = Json($$"""
            { "Bce": { "A": { "Endpoint": "{{server.BaseUri}}", "Retry": { "MaxRetries": 0 } },
                       "B": { "Endpoint": "{{server.BaseUri}}", "Retry": { "MaxRetries": 0 }, "ApplicationId": "account-b" } } }
            """);
        var services = new ServiceCollection();
        services.AddKeyedSingleton<BceCredentialProvider>("a", new StaticCredentialProvider(ClientCalls.Credentials));
        services.AddKeyedSingleton<BceCredentialProvider>("b", new StaticCredentialProvider(ClientCalls.Credentials));
        services.AddPeerConnClient("a", configuration.GetSection("Bce:A"));
        services.AddPeerConnClient("b", configuration.GetSection("Bce:B"));
        await using var provider = services.BuildServiceProvider(validateScopes: true);
        provider.GetRequiredService<IStartupValidator>().Validate();

        var a = provider.GetRequiredKeyedService<IPeerConnClient>("a");
        var b = provider.GetRequiredKeyedService<IPeerConnClient>("b");
        var before = server.Requests.Count;
        await a.CreatePeerConnAsync(Request());
        await b.CreatePeerConnAsync(Request());

        SmokeAssert.True(!ReferenceEquals(a, b), "two keys, two clients");
        SmokeAssert.Equal(before + 2, server.Requests.Count, "requests sent");
        var userAgent = server.Requests.Last().Headers["User-Agent"];
        SmokeAssert.True(userAgent.EndsWith(" account-b", StringComparison.Ordinal), $"client b's User-Agent: got <{userAgent}>");
    }

    private static Task StartupCheck()
    {
        var home = Directory.CreateTempSubdirectory("bce-aot-home-").FullName;
        try
        {
            var services = new ServiceCollection();
            services.ConfigureAll<BceCredentialSourceOptions>(options =>
            {
                options.HomeDirectory = home;
                options.GetEnvironmentVariable = static _ => null;
            });
            services.AddPeerConnClient(settings => settings.Region = "bj");
            using var provider = services.BuildServiceProvider();
            try
            {
                provider.GetRequiredService<IStartupValidator>().Validate();
            }
            catch (OptionsValidationException e)
            {
                SmokeAssert.True(e.Message.Contains("BCE_ACCESS_KEY_ID", StringComparison.Ordinal), $"the message names the environment: <{e.Message}>");
                SmokeAssert.True(e.Message.Contains(Path.Combine(home, ".bce", "config.json"), StringComparison.Ordinal), "the message names config.json");
                return Task.CompletedTask;
            }

            throw new InvalidOperationException("start-up validation passed without credentials");
        }
        finally
        {
            Directory.Delete(home, recursive: true);
        }
    }

    private static CreatePeerConnRequest Request() => new()
    {
        LocalVpcId = "vpc-a",
        PeerVpcId = "vpc-b",
        PeerRegion = "bj",
        BandwidthInMbps = 10,
        Billing = new Billing { PaymentTiming = PaymentTiming.Postpaid },
    };
}
