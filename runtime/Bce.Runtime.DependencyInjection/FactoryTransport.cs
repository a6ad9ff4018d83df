using Microsoft.Extensions.Http;

namespace Bce.Runtime.DependencyInjection;

/// <summary>
/// The transport of a client that lives as long as the container: every request goes to the handler
/// <see cref="IHttpMessageHandlerFactory"/> currently holds for the registration's name, so the factory keeps pooling
/// and rotating handlers (and running the registration's <see cref="DelegatingHandler"/>s) under a singleton client.
/// </summary>
/// <remarks>
/// Holding one handler from <c>CreateHandler</c> for the client's whole life would pin it past its rotation; asking for
/// it per request costs one dictionary look-up, and the invoker is reused while the factory hands out the same handler.
/// The factory owns every handler: nothing here is disposed.
/// </remarks>
internal sealed class FactoryTransport(IHttpMessageHandlerFactory factory, string name) : HttpMessageHandler
{
    private Current? _current;

    /// <inheritdoc />
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        Invoker().SendAsync(request, cancellationToken);

    private HttpMessageInvoker Invoker()
    {
        var handler = factory.CreateHandler(name);
        var current = Volatile.Read(ref _current);
        if (current is null || !ReferenceEquals(current.Handler, handler))
        {
            current = new Current(handler, new HttpMessageInvoker(handler, disposeHandler: false));
            Volatile.Write(ref _current, current);
        }

        return current.Invoker;
    }

    private sealed record Current(HttpMessageHandler Handler, HttpMessageInvoker Invoker);
}
