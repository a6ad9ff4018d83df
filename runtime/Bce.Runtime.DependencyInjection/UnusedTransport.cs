namespace Bce.Runtime.DependencyInjection;

/// <summary>
/// The transport of the pipeline built only to validate a registration's settings at startup: that pipeline never
/// sends, and one that did would be a bug worth failing loudly on.
/// </summary>
internal sealed class UnusedTransport : HttpMessageHandler
{
    public static readonly UnusedTransport Instance = new();

    /// <inheritdoc />
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("The pipeline that validates BCE client settings must never send.");
}
