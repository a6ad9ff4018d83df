using System.Buffers;
using System.Text;
using Bce.Runtime.Signing;

namespace Bce.Runtime.Pipeline;

/// <summary>
/// The query string as it goes on the wire: names and values UriEncoded in message order, a bare action flag as
/// <c>accept</c> (no <c>=</c>). The log uses the same shape with some values replaced.
/// </summary>
internal static class WireQuery
{
    /// <summary>
    /// The request URI, <paramref name="prefix"/> + <paramref name="path"/> + the query, written once: the encoded
    /// names and values (most are already canonical, and then are the very strings given) go straight into one buffer.
    /// </summary>
    public static Uri RequestUri(string prefix, string path, IReadOnlyList<KeyValuePair<string, string?>> query)
    {
        if (query.Count == 0)
        {
            return new Uri(prefix + path, UriKind.Absolute);
        }

        var length = prefix.Length + path.Length;
        for (var i = 0; i < query.Count; i++)
        {
            var (name, value) = query[i];
            length += 1 + UriEncoder.Encode(name).Length + (value is null ? 0 : 1 + UriEncoder.Encode(value).Length);
        }

        var buffer = ArrayPool<char>.Shared.Rent(length);
        try
        {
            var written = Append(buffer, 0, prefix);
            written = Append(buffer, written, path);
            for (var i = 0; i < query.Count; i++)
            {
                var (name, value) = query[i];
                buffer[written++] = i == 0 ? '?' : '&';
                written = Append(buffer, written, UriEncoder.Encode(name));
                if (value is not null)
                {
                    buffer[written++] = '=';
                    written = Append(buffer, written, UriEncoder.Encode(value));
                }
            }

            return new Uri(new string(buffer, 0, written), UriKind.Absolute);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>The query with its <c>?</c>, or empty when there is none.</summary>
    /// <param name="query">The parameters; a null value is a bare flag.</param>
    /// <param name="showValue">Given a name and its encoded value, what to write; null writes the value itself.</param>
    public static string Build(IReadOnlyList<KeyValuePair<string, string?>> query, Func<string, string, string>? showValue = null)
    {
        if (query.Count == 0)
        {
            return string.Empty;
        }

        var builder = new StringBuilder("?");
        for (var i = 0; i < query.Count; i++)
        {
            var (name, value) = query[i];
            if (i > 0)
            {
                builder.Append('&');
            }

            builder.Append(UriEncoder.Encode(name));
            if (value is not null)
            {
                var encoded = UriEncoder.Encode(value);
                builder.Append('=').Append(showValue is null ? encoded : showValue(name, encoded));
            }
        }

        return builder.ToString();
    }

    private static int Append(char[] buffer, int at, string text)
    {
        text.CopyTo(0, buffer, at, text.Length);
        return at + text.Length;
    }
}
