#if !NET
using System.Collections;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Security.Authentication;

namespace System.Net.Http
{
    /// <summary>netstandard2.0 stand-in for .NET 8's <c>HttpRequestError</c>: the kinds the failure classifier asks about.</summary>
    internal enum HttpRequestError
    {
        Unknown = 0,
        NameResolutionError,
        ConnectionError,
        SecureConnectionError,
    }

    /// <summary>
    /// netstandard2.0 stand-in for <c>HttpHeadersNonValidated</c>: the headers as sent or received, each header's values
    /// joined by ", " as .NET's <c>HeaderStringValues.ToString()</c> joins them.
    /// </summary>
    internal readonly struct HttpHeadersNonValidated(HttpHeaders headers) : IEnumerable<KeyValuePair<string, HeaderStringValues>>
    {
        public int Count => headers.Count();

        public bool TryGetValues(string name, out HeaderStringValues values)
        {
            if (headers.TryGetValues(name, out var found))
            {
                values = new HeaderStringValues(found);
                return true;
            }

            values = default;
            return false;
        }

        public IEnumerator<KeyValuePair<string, HeaderStringValues>> GetEnumerator()
        {
            foreach (var header in headers)
            {
                yield return new KeyValuePair<string, HeaderStringValues>(header.Key, new HeaderStringValues(header.Value));
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary>One header's values; <see cref="ToString"/> joins them by ", ".</summary>
    internal readonly struct HeaderStringValues(IEnumerable<string>? values)
    {
        public override string ToString() => values is null ? string.Empty : string.Join(", ", values);
    }
}

namespace Bce.Runtime
{
    /// <summary>
    /// netstandard2.0 bodies of the <c>HttpClient</c> members .NET added. <c>HttpRequestError</c> comes from the
    /// cause the handler wraps: the <see cref="WebException"/> of .NET Framework's handler, or the
    /// <see cref="SocketException"/> / <see cref="AuthenticationException"/> of .NET's (a net8.0 or net9.0 app gets this
    /// build too), so the retry classifier judges connect, DNS and TLS failures as it does on net10.0; any other cause
    /// is <c>Unknown</c>, which the classifier treats as "may have been applied", the safe side.
    /// </summary>
    internal static class HttpPolyfills
    {
        extension(HttpHeaders headers)
        {
            public HttpHeadersNonValidated NonValidated => new(headers);
        }

        extension(HttpRequestException exception)
        {
            public HttpRequestError HttpRequestError => exception.InnerException switch
            {
                WebException { Status: WebExceptionStatus.NameResolutionFailure or WebExceptionStatus.ProxyNameResolutionFailure } => HttpRequestError.NameResolutionError,
                WebException { Status: WebExceptionStatus.ConnectFailure } => HttpRequestError.ConnectionError,
                WebException { Status: WebExceptionStatus.SecureChannelFailure or WebExceptionStatus.TrustFailure } => HttpRequestError.SecureConnectionError,
                SocketException { SocketErrorCode: SocketError.HostNotFound or SocketError.NoData or SocketError.TryAgain } => HttpRequestError.NameResolutionError,
                SocketException { SocketErrorCode: SocketError.ConnectionRefused or SocketError.HostUnreachable or SocketError.NetworkUnreachable or SocketError.TimedOut } => HttpRequestError.ConnectionError,
                AuthenticationException => HttpRequestError.SecureConnectionError,
                _ => HttpRequestError.Unknown,
            };
        }

        extension(HttpContent content)
        {
            /// <summary>netstandard2.0 cannot cancel getting the stream; reading it still honours the token.</summary>
            public Task<Stream> ReadAsStreamAsync(CancellationToken cancellationToken)
            {
                cancellationToken.ThrowIfCancellationRequested();
                return content.ReadAsStreamAsync();
            }
        }
    }
}
#endif
