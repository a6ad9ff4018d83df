using System.Net;

namespace Bce.Runtime.Compatibility;

/// <summary>
/// Builds the client's own primary handler. net10.0 gets <c>SocketsHttpHandler</c> with a connect timeout and pooled
/// connections recycled every five minutes (so DNS changes are seen); netstandard2.0 (.NET Framework) has only
/// <see cref="HttpClientHandler"/>, which offers neither: there the connect attempt is bounded by the attempt timeout
/// alone, and connection recycling is <c>ServicePointManager</c>'s to configure. Both never follow redirects (a
/// redirect would invalidate the signature and could carry it elsewhere), keep no cookies and leave decompression to the pipeline (which asks for it and
/// undoes it within <c>MaxResponseSize</c>).
/// </summary>
internal static class PrimaryHandler
{
    public static HttpMessageHandler Create(TimeSpan connectTimeout, IWebProxy? proxy)
    {
#if NET
        var handler = new SocketsHttpHandler
        {
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(1),
            ConnectTimeout = connectTimeout,
            // Answers are decompressed by the pipeline itself, within MaxResponseSize (Pipeline/ContentCoding.cs).
            AutomaticDecompression = DecompressionMethods.None,
            AllowAutoRedirect = false,
            UseCookies = false,
        };
#else
        _ = connectTimeout;
        var handler = new HttpClientHandler
        {
            AutomaticDecompression = DecompressionMethods.None,
            AllowAutoRedirect = false,
            UseCookies = false,
        };
#endif
        if (proxy is not null)
        {
            handler.Proxy = proxy;
            handler.UseProxy = true;
        }

        return handler;
    }
}
