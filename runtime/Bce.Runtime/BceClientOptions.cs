using System.Net;
using Bce.Runtime.Logging;
using Bce.Runtime.Signing;
using Microsoft.Extensions.Logging;

namespace Bce.Runtime;

/// <summary>
/// Settings for a BCE client: where it sends, how it signs, retries and times out, and which HTTP stack it uses.
/// The pipeline validates and copies them when it is built; changing them afterwards has no effect on that client.
/// </summary>
/// <remarks>
/// To read settings from configuration, bind <see cref="BceClientSettings"/> and call
/// <see cref="BceClientSettings.ToOptions"/>: this type also holds services (logger factory, clock, transport, proxy)
/// that no configuration file can supply, and the configuration binder's source generator warns about them
/// (SYSLIB1100/SYSLIB1101). Not sealed: a generated client may derive its own options type.
/// </remarks>
public class BceClientOptions
{
    /// <summary>The default per-attempt timeout.</summary>
    public static readonly TimeSpan DefaultAttemptTimeout = TimeSpan.FromSeconds(100);

    /// <summary>The default <see cref="MaxResponseSize"/>: 16 MiB, far above any BCE answer (a full 1000-item list page is well under 1 MiB).</summary>
    public const int DefaultMaxResponseSize = 16 * 1024 * 1024;

    /// <summary>The default connect timeout.</summary>
    public static readonly TimeSpan DefaultConnectTimeout = TimeSpan.FromSeconds(10);

    /// <summary>
    /// The service endpoint, for example <c>https://bcc.gz.baidubce.com</c> or an emulator's
    /// <c>http://127.0.0.1:5080</c>. <see langword="null"/> (the default) means <c>https://</c> plus the service's
    /// endpoint template filled with <see cref="Region"/>. Plain HTTP is used only when this says <c>http://</c>.
    /// A path here (<c>https://proxy.example/bce</c>) prefixes every request path.
    /// </summary>
    public Uri? Endpoint { get; set; }

    /// <summary>The region, for example <c>bj</c> or <c>gz</c>; <see langword="null"/> for the service's default region. Ignored when <see cref="Endpoint"/> is set.</summary>
    public string? Region { get; set; }

    /// <summary>How requests are signed.</summary>
    public BceSignOptions SignOptions { get; set; } = new();

    /// <summary>How failed attempts are retried.</summary>
    public BceRetryOptions Retry { get; set; } = new();

    /// <summary>
    /// How long one attempt may take, from sending to the last byte of the response; default 100 s.
    /// <see cref="Timeout.InfiniteTimeSpan"/> disables it. A timed-out attempt is retried.
    /// </summary>
    public TimeSpan AttemptTimeout { get; set; } = DefaultAttemptTimeout;

    /// <summary>
    /// How long the whole call may take, retries and back-off included; <see langword="null"/> (the default) for no
    /// limit beyond the caller's <see cref="CancellationToken"/>. Must be longer than <see cref="AttemptTimeout"/>.
    /// </summary>
    public TimeSpan? Timeout { get; set; }

    /// <summary>
    /// The largest answer body read, in bytes, counted after decompression; default <see cref="DefaultMaxResponseSize"/>
    /// (16 MiB), between 1 KiB and 1 GiB. Reading stops at the limit, so a small compressed answer that inflates to
    /// gigabytes cannot exhaust memory; a larger answer fails the call with a <see cref="Errors.BceClientException"/>
    /// (not retried).
    /// </summary>
    public int MaxResponseSize { get; set; } = DefaultMaxResponseSize;

    /// <summary>How long establishing a connection may take; default 10 s. Not used when <see cref="Transport"/> is set.</summary>
    public TimeSpan ConnectTimeout { get; set; } = DefaultConnectTimeout;

    /// <summary>The proxy to use; <see langword="null"/> for the system proxy (<c>HTTPS_PROXY</c> and friends). Not allowed with <see cref="Transport"/>.</summary>
    public IWebProxy? Proxy { get; set; }

    /// <summary>
    /// Identifies the application in the User-Agent, which reads
    /// <c>bce-sdk-dotnet-gen/{version} ({runtime}; {os}) {ApplicationId}</c>. At most 64 printable ASCII characters,
    /// no spaces or parentheses.
    /// </summary>
    public string? ApplicationId { get; set; }

    /// <summary>The clock for signing timestamps, back-off, timeouts and measured durations; default <see cref="System.TimeProvider.System"/>.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>
    /// The HTTP handler to send through, for example one from <c>IHttpClientFactory</c> or a test stub. The caller owns
    /// it: the pipeline never disposes it. <see langword="null"/> (the default) makes the pipeline own a
    /// <c>SocketsHttpHandler</c> that recycles connections so DNS changes are seen (see <see cref="CreatePrimaryHandler()"/>).
    /// </summary>
    public HttpMessageHandler? Transport { get; set; }

    /// <summary>
    /// Where the client logs; <see langword="null"/> (the default) logs nothing. The category is
    /// <c>Bce.Runtime.Pipeline.{ServiceName}</c> (see <see cref="BceLogEvents"/> for the events and their ids). Secrets,
    /// bodies and header or query values outside a fixed allow-list are never logged, at any level.
    /// </summary>
    public ILoggerFactory? LoggerFactory { get; set; }

    /// <summary>
    /// The primary handler a client builds from these options when no <see cref="Transport"/> is given, for hosts that
    /// own the transport (an <c>IHttpClientFactory</c> primary handler): <see cref="ConnectTimeout"/> and
    /// <see cref="Proxy"/> from here, no redirects (a redirect would invalidate the signature and could carry it
    /// elsewhere), no cookies, no automatic decompression (the pipeline asks for compressed answers and decompresses
    /// them itself, counting <see cref="MaxResponseSize"/> on the decompressed bytes), and pooled connections recycled
    /// so DNS changes are seen. A
    /// <c>SocketsHttpHandler</c> on .NET; on .NET Framework an <see cref="HttpClientHandler"/>, which has no connect
    /// timeout or connection lifetime of its own (the attempt timeout bounds the connect there).
    /// </summary>
    /// <returns>A new handler; the caller owns it.</returns>
    public HttpMessageHandler CreatePrimaryHandler() => CreatePrimaryHandler(ConnectTimeout, Proxy);

    internal static HttpMessageHandler CreatePrimaryHandler(TimeSpan connectTimeout, IWebProxy? proxy) =>
        Compatibility.PrimaryHandler.Create(connectTimeout, proxy);
}
