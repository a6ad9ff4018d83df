using System.Collections.ObjectModel;

namespace Bce.Runtime.Pipeline;

/// <summary>Snapshots of HTTP response headers as a case-insensitive, read-only name → value map.</summary>
internal static class ResponseHeaders
{
    public static readonly IReadOnlyDictionary<string, string> Empty =
        new ReadOnlyDictionary<string, string>(new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase));

    /// <summary>Copies response and content headers; a header sent several times keeps its values joined by ", ".</summary>
    public static IReadOnlyDictionary<string, string> From(HttpResponseMessage response)
    {
        // Sized once: growing from the default capacity would allocate and copy the tables again.
        var responseHeaders = response.Headers.NonValidated;
        var contentHeaders = response.Content.Headers.NonValidated;
        var headers = new Dictionary<string, string>(responseHeaders.Count + contentHeaders.Count, StringComparer.OrdinalIgnoreCase);
        foreach (var header in responseHeaders)
        {
            headers[header.Key] = header.Value.ToString();
        }

        foreach (var header in contentHeaders)
        {
            headers[header.Key] = header.Value.ToString();
        }

        return new ReadOnlyDictionary<string, string>(headers);
    }
}
