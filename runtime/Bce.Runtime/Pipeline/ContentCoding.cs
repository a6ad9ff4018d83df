using System.IO.Compression;

namespace Bce.Runtime.Pipeline;

/// <summary>
/// The compressed answers the pipeline asks for and undoes itself, inside <see cref="BoundedContent"/>, so that
/// <see cref="BceClientOptions.MaxResponseSize"/> counts the decompressed bytes on any transport. The handler's own
/// automatic decompression is off (see <see cref="BceClientOptions.CreatePrimaryHandler()"/>): it would parse an
/// <c>Accept-Encoding</c> list on every request and add a frame to every send. A transport that decompresses anyway
/// (a caller's handler) removes <c>Content-Encoding</c>, and the body is then read as it comes.
/// </summary>
internal static class ContentCoding
{
#if NET
    /// <summary>Sent on every request; not signed (bce-auth-v1 signs host, content-* and x-bce-* headers).</summary>
    public const string Accepted = "gzip, deflate, br";
#else
    /// <summary>Sent on every request; netstandard2.0 has no zlib or Brotli stream, so only gzip is asked for.</summary>
    public const string Accepted = "gzip";
#endif

    /// <summary>The answer's single content coding, or <see langword="null"/> when it is sent as it is (none, or <c>identity</c>).</summary>
    public static string? Of(HttpContent content)
    {
        if (!content.Headers.NonValidated.TryGetValues(BceHeaders.ContentEncoding, out var values))
        {
            return null;
        }

        var coding = values.ToString().Trim();
        return coding.Length == 0 || coding.Equals("identity", StringComparison.OrdinalIgnoreCase) ? null : coding;
    }

    /// <summary>
    /// Wraps <paramref name="body"/> in the decoder for <paramref name="coding"/>; an unknown coding (or several) is
    /// read as it is, and then fails as an unreadable answer, as any body that is not JSON does.
    /// </summary>
    public static Stream Decode(Stream body, string coding)
    {
        if (coding.Equals("gzip", StringComparison.OrdinalIgnoreCase) || coding.Equals("x-gzip", StringComparison.OrdinalIgnoreCase))
        {
            return new GZipStream(body, CompressionMode.Decompress);
        }
#if NET
        if (coding.Equals("deflate", StringComparison.OrdinalIgnoreCase))
        {
            // HTTP's "deflate" is the zlib format (RFC 9110 §8.4.1.2), as .NET's own handler reads it.
            return new ZLibStream(body, CompressionMode.Decompress);
        }

        if (coding.Equals("br", StringComparison.OrdinalIgnoreCase))
        {
            return new BrotliStream(body, CompressionMode.Decompress);
        }
#endif
        return body;
    }
}
