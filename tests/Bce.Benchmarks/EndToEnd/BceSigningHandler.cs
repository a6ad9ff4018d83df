using System.Globalization;
using Bce.Runtime.Credentials;
using Bce.Runtime.Signing;

namespace Bce.Benchmarks.EndToEnd;

/// <summary>
/// What a Refit (or any plain HttpClient) user writes to call BCE: a DelegatingHandler that stamps x-bce-date and
/// x-bce-request-id and signs every request with the runtime's <see cref="BceSigner"/>. No retries, no error mapping.
/// </summary>
public sealed class BceSigningHandler(BceCredentials credentials, HttpMessageHandler innerHandler) : DelegatingHandler(innerHandler)
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var uri = request.RequestUri ?? throw new InvalidOperationException("The request has no URI.");
        var now = DateTimeOffset.UtcNow;
        var date = BceSigner.FormatTimestamp(now);
        var host = uri.IsDefaultPort ? uri.Host : uri.Host + ":" + uri.Port.ToString(CultureInfo.InvariantCulture);
        request.Headers.Host = host;
        request.Headers.TryAddWithoutValidation("x-bce-date", date);
        request.Headers.TryAddWithoutValidation("x-bce-request-id", Guid.NewGuid().ToString("D"));

        var signed = new List<KeyValuePair<string, string>>(4) { new("host", host), new("x-bce-date", date) };
        if (request.Content is { } content)
        {
            if (content.Headers.ContentType is { } contentType)
            {
                signed.Add(new("content-type", contentType.ToString()));
            }

            if (content.Headers.ContentLength is { } length)
            {
                signed.Add(new("content-length", length.ToString(CultureInfo.InvariantCulture)));
            }
        }

        var authorization = BceSigner.Sign(credentials, request.Method.Method, uri.AbsolutePath, ParseQuery(uri.Query), signed, now);
        request.Headers.TryAddWithoutValidation("Authorization", authorization);
        return base.SendAsync(request, cancellationToken);
    }

    private static List<KeyValuePair<string, string?>> ParseQuery(string query)
    {
        var pairs = new List<KeyValuePair<string, string?>>();
        foreach (var part in query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = part.IndexOf('=');
            pairs.Add(equals < 0
                ? new(Uri.UnescapeDataString(part), null)
                : new(Uri.UnescapeDataString(part[..equals]), Uri.UnescapeDataString(part[(equals + 1)..])));
        }

        return pairs;
    }
}
