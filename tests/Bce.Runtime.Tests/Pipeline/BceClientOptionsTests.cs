using System.Net;
using Bce.Runtime.Credentials;
using Bce.Runtime.Pipeline;
using Bce.Runtime.Signing;

namespace Bce.Runtime.Tests.Pipeline;

public sealed class BceClientOptionsTests
{
    private static readonly BceServiceDescriptor Service = new("PeerConn", "bcc.{region}.baidubce.com", "bj", []);
    private static readonly StaticCredentialProvider Credentials = new("ak", "sk");

    private static BcePipeline Build(BceClientOptions? options) => new(Service, Credentials, options);

    [Fact]
    public void Default_endpoint_is_https_on_the_default_region()
    {
        using var pipeline = Build(null);

        Assert.Equal(new Uri("https://bcc.bj.baidubce.com/"), pipeline.Endpoint);
    }

    [Fact]
    public void Region_fills_the_template()
    {
        using var pipeline = Build(new BceClientOptions { Region = "gz" });

        Assert.Equal(new Uri("https://bcc.gz.baidubce.com/"), pipeline.Endpoint);
    }

    [Fact]
    public void Explicit_http_endpoint_is_honoured()
    {
        using var pipeline = Build(new BceClientOptions { Endpoint = new Uri("http://127.0.0.1:5080") });

        Assert.Equal("http", pipeline.Endpoint.Scheme);
    }

    [Theory]
    [InlineData("https://bcc.bj.baidubce.com/", "bcc.bj.baidubce.com")]
    [InlineData("https://bcc.bj.baidubce.com:443/", "bcc.bj.baidubce.com")]
    [InlineData("http://bcc.bj.baidubce.com:80/", "bcc.bj.baidubce.com")]
    [InlineData("https://bcc.bj.baidubce.com:8443/", "bcc.bj.baidubce.com:8443")]
    [InlineData("http://127.0.0.1:5080/", "127.0.0.1:5080")]
    [InlineData("http://[::1]:5080/", "[::1]:5080")]
    [InlineData("https://bücher.example/", "xn--bcher-kva.example")]
    public void Host_header_carries_the_port_only_when_not_default(string endpoint, string host)
    {
        Assert.Equal(host, BcePipelineSettings.FormatHostHeader(new Uri(endpoint)));
    }

    public static TheoryData<string, Action<BceClientOptions>> InvalidOptions() => new()
    {
        { "Endpoint", o => o.Endpoint = new Uri("ftp://example.com") },
        { "Endpoint", o => o.Endpoint = new Uri("https://example.com/?a=b") },
        { "Endpoint", o => o.Endpoint = new Uri("/relative", UriKind.Relative) },
        { "Region", o => o.Region = "BJ.evil.com/" },
        { "Region", o => o.Region = "" },
        { "Retry.MaxRetries", o => o.Retry.MaxRetries = -1 },
        { "Retry.MaxRetries", o => o.Retry.MaxRetries = 51 },
        { "Retry.Delay", o => o.Retry.Delay = TimeSpan.FromMilliseconds(-1) },
        { "Retry.MaxDelay", o => o.Retry.MaxDelay = TimeSpan.FromMilliseconds(100) },
        { "AttemptTimeout", o => o.AttemptTimeout = TimeSpan.Zero },
        { "AttemptTimeout", o => o.AttemptTimeout = TimeSpan.FromDays(2) },
        { "Timeout", o => o.Timeout = TimeSpan.FromSeconds(50) },
        { "ConnectTimeout", o => o.ConnectTimeout = TimeSpan.Zero },
        { "Proxy", o => { o.Transport = new HttpClientHandler(); o.Proxy = new WebProxy("http://proxy:3128"); } },
        { "ApplicationId", o => o.ApplicationId = "my app" },
        { "ApplicationId", o => o.ApplicationId = new string('a', 65) },
        { "SignOptions.ExpirationInSeconds", o => o.SignOptions = new BceSignOptions { ExpirationInSeconds = 0 } },
        { "SignOptions.HeadersToSign", o => o.SignOptions = new BceSignOptions { HeadersToSign = ["host", " "] } },
        { "TimeProvider", o => o.TimeProvider = null! },
        { "Retry", o => o.Retry = null! },
    };

    [Theory]
    [MemberData(nameof(InvalidOptions))]
    public void Invalid_options_fail_at_construction_naming_the_option(string option, Action<BceClientOptions> change)
    {
        var options = new BceClientOptions();
        change(options);

        var error = Assert.Throws<ArgumentException>(() => Build(options));

        Assert.Contains(option, error.Message);
    }

    [Fact]
    public void Infinite_timeouts_disable_them()
    {
        using var pipeline = Build(new BceClientOptions { AttemptTimeout = Timeout.InfiniteTimeSpan, Timeout = Timeout.InfiniteTimeSpan, Retry = { MaxRetries = 0 } });

        Assert.NotNull(pipeline);
    }

    [Fact]
    public void Options_are_copied_at_construction()
    {
        var options = new BceClientOptions { Region = "gz" };
        using var pipeline = Build(options);

        options.Region = "su";

        Assert.Equal("bcc.gz.baidubce.com", pipeline.Endpoint.Host);
    }

    [Fact]
    public void User_agent_names_the_sdk_runtime_os_and_application()
    {
        var userAgent = UserAgent.Build("my-app/1.2");

        Assert.Matches(@"^bce-sdk-dotnet-gen/[0-9][^ ]* \(\.NET [^()]+; [^()]+\) my-app/1\.2$", userAgent);
    }
}
