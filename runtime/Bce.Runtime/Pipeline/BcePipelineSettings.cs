using System.Net;
using Bce.Runtime.Signing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bce.Runtime.Pipeline;

/// <summary>
/// A validated, immutable copy of <see cref="BceClientOptions"/> resolved against a service: the pipeline never
/// reads the caller's (mutable) options object after construction.
/// </summary>
internal sealed class BcePipelineSettings
{
    private static readonly TimeSpan MinTimeout = TimeSpan.FromMilliseconds(10);
    private static readonly TimeSpan MaxTimeout = TimeSpan.FromDays(1);
    private const int MinResponseSize = 1024;
    private const int MaxResponseSizeLimit = 1024 * 1024 * 1024;

    private BcePipelineSettings()
    {
    }

    /// <summary>The endpoint requests go to.</summary>
    public required Uri Endpoint { get; init; }

    /// <summary><c>scheme://host[:port][/base]</c> with no trailing slash; the request path is appended.</summary>
    public required string EndpointPrefix { get; init; }

    /// <summary>The Host header exactly as sent (and signed): <c>:port</c> only when not the scheme's default.</summary>
    public required string HostHeader { get; init; }

    public required IReadOnlyCollection<string>? HeadersToSign { get; init; }

    public required int ExpirationInSeconds { get; init; }

    public required BceRetryOptions Retry { get; init; }

    public required TimeSpan? AttemptTimeout { get; init; }

    public required TimeSpan? Timeout { get; init; }

    public required TimeSpan ConnectTimeout { get; init; }

    public required int MaxResponseSize { get; init; }

    public required IWebProxy? Proxy { get; init; }

    public required string UserAgent { get; init; }

    public required TimeProvider TimeProvider { get; init; }

    public required HttpMessageHandler? Transport { get; init; }

    /// <summary>The caller's logger factory, or <see cref="NullLoggerFactory"/>; never disposed by the pipeline.</summary>
    public required ILoggerFactory LoggerFactory { get; init; }

    /// <summary>Validates <paramref name="options"/> and resolves the endpoint.</summary>
    /// <exception cref="ArgumentException">An option is out of range; the message names it.</exception>
    public static BcePipelineSettings Create(BceServiceDescriptor service, BceClientOptions? options)
    {
        ArgumentNullException.ThrowIfNull(service);
        options ??= new BceClientOptions();
        var sign = options.SignOptions ?? throw Invalid("SignOptions must not be null.");
        var retry = options.Retry ?? throw Invalid("Retry must not be null.");
        ValidateRetry(retry);
        if (sign.ExpirationInSeconds <= 0)
        {
            throw Invalid("SignOptions.ExpirationInSeconds must be positive.");
        }

        if (sign.HeadersToSign is { } headers && headers.Any(string.IsNullOrWhiteSpace))
        {
            throw Invalid("SignOptions.HeadersToSign must not contain empty names.");
        }

        var attemptTimeout = ValidateTimeout(options.AttemptTimeout, "AttemptTimeout");
        var timeout = options.Timeout is { } total ? ValidateTimeout(total, "Timeout") : null;
        if (timeout is { } t && attemptTimeout is { } a && t <= a)
        {
            throw Invalid($"Timeout ({t}) must be longer than AttemptTimeout ({a}); otherwise no attempt could use its full time.");
        }

        if (options.ConnectTimeout <= TimeSpan.Zero && options.ConnectTimeout != System.Threading.Timeout.InfiniteTimeSpan)
        {
            throw Invalid("ConnectTimeout must be positive.");
        }

        if (options.MaxResponseSize is < MinResponseSize or > MaxResponseSizeLimit)
        {
            throw Invalid("MaxResponseSize must be between 1 KiB and 1 GiB.");
        }

        if (options.Transport is not null && options.Proxy is not null)
        {
            throw Invalid("Proxy cannot be combined with Transport: configure the proxy on the supplied handler.");
        }

        if (options.ApplicationId is { } appId && !Pipeline.UserAgent.IsValidApplicationId(appId))
        {
            throw Invalid("ApplicationId must be 1 to 64 printable ASCII characters without spaces or parentheses.");
        }

        var endpoint = ResolveEndpoint(service, options);
        return new BcePipelineSettings
        {
            Endpoint = endpoint,
            EndpointPrefix = endpoint.GetLeftPart(UriPartial.Authority) + endpoint.AbsolutePath.TrimEnd('/'),
            HostHeader = FormatHostHeader(endpoint),
            HeadersToSign = sign.HeadersToSign is null ? null : [.. sign.HeadersToSign],
            ExpirationInSeconds = sign.ExpirationInSeconds,
            Retry = retry.Copy(),
            AttemptTimeout = attemptTimeout,
            Timeout = timeout,
            ConnectTimeout = options.ConnectTimeout,
            MaxResponseSize = options.MaxResponseSize,
            Proxy = options.Proxy,
            UserAgent = Pipeline.UserAgent.Build(options.ApplicationId),
            TimeProvider = options.TimeProvider ?? throw Invalid("TimeProvider must not be null."),
            Transport = options.Transport,
            LoggerFactory = options.LoggerFactory ?? NullLoggerFactory.Instance,
        };
    }

    /// <summary>The Host header HttpClient sends for <paramref name="uri"/>, built explicitly so that it is also what gets signed.</summary>
    public static string FormatHostHeader(Uri uri)
    {
        var host = uri.HostNameType == UriHostNameType.IPv6 ? $"[{uri.IdnHost}]" : uri.IdnHost;
        return uri.IsDefaultPort ? host : $"{host}:{uri.Port}";
    }

    private static Uri ResolveEndpoint(BceServiceDescriptor service, BceClientOptions options)
    {
        if (options.Endpoint is { } endpoint)
        {
            if (!endpoint.IsAbsoluteUri || (endpoint.Scheme != Uri.UriSchemeHttps && endpoint.Scheme != Uri.UriSchemeHttp))
            {
                throw Invalid($"Endpoint must be an absolute http:// or https:// URI, not '{endpoint}'.");
            }

            if (!string.IsNullOrEmpty(endpoint.Query) || !string.IsNullOrEmpty(endpoint.Fragment) || !string.IsNullOrEmpty(endpoint.UserInfo))
            {
                throw Invalid("Endpoint must not carry a query, a fragment or user information.");
            }

            return endpoint;
        }

        if (string.IsNullOrWhiteSpace(service.EndpointTemplate))
        {
            throw new ArgumentException($"Service {service.ServiceName} has no endpoint template; set BceClientOptions.Endpoint.", nameof(service));
        }

        var region = options.Region ?? service.DefaultRegion;
        if (string.IsNullOrEmpty(region) || !region.All(static c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
        {
            throw Invalid($"Region must be a lowercase region id such as 'bj' or 'gz', not '{region}'.");
        }

        var host = service.EndpointTemplate.Replace("{region}", region, StringComparison.Ordinal);
        return Uri.TryCreate("https://" + host, UriKind.Absolute, out var resolved) && resolved.AbsolutePath == "/"
            ? resolved
            : throw new ArgumentException($"Service {service.ServiceName}'s endpoint template '{service.EndpointTemplate}' does not give a host name.", nameof(service));
    }

    private static void ValidateRetry(BceRetryOptions retry)
    {
        if (retry.MaxRetries is < 0 or > BceRetryOptions.MaxRetriesLimit)
        {
            throw Invalid($"Retry.MaxRetries must be between 0 and {BceRetryOptions.MaxRetriesLimit}.");
        }

        if (retry.Delay < TimeSpan.Zero || retry.Delay > MaxTimeout)
        {
            throw Invalid("Retry.Delay must be between zero and one day.");
        }

        if (retry.MaxDelay < retry.Delay || retry.MaxDelay > MaxTimeout)
        {
            throw Invalid("Retry.MaxDelay must be at least Retry.Delay and at most one day.");
        }
    }

    private static TimeSpan? ValidateTimeout(TimeSpan value, string name)
    {
        if (value == System.Threading.Timeout.InfiniteTimeSpan)
        {
            return null;
        }

        return value >= MinTimeout && value <= MaxTimeout
            ? value
            : throw Invalid($"{name} must be between 10 ms and one day, or Timeout.InfiniteTimeSpan.");
    }

    private static ArgumentException Invalid(string message) => new($"Invalid BceClientOptions: {message}", "options");
}
