using System.Net;

namespace Bce.Runtime.Tests;

/// <summary>The primary handler the options describe: what the pipeline builds for itself and a DI host pools.</summary>
public sealed class ClientOptionsPrimaryHandlerTests
{
    [Fact]
    public void Primary_handler_never_follows_redirects_or_keeps_cookies_and_takes_timeout_and_proxy_from_the_options()
    {
        var proxy = new WebProxy("http://127.0.0.1:3128");
        var options = new BceClientOptions { ConnectTimeout = TimeSpan.FromSeconds(3), Proxy = proxy };

        using var handler = Assert.IsType<SocketsHttpHandler>(options.CreatePrimaryHandler());

        Assert.False(handler.AllowAutoRedirect);
        Assert.False(handler.UseCookies);
        Assert.Equal(TimeSpan.FromSeconds(3), handler.ConnectTimeout);
        Assert.Same(proxy, handler.Proxy);
        Assert.True(handler.UseProxy);
        // The pipeline asks for compressed answers and decodes them itself, within MaxResponseSize (ContentCodingTests).
        Assert.Equal(DecompressionMethods.None, handler.AutomaticDecompression);
        Assert.NotEqual(Timeout.InfiniteTimeSpan, handler.PooledConnectionLifetime);
    }
}
