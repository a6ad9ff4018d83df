using System.Text;
using Bce.Runtime.Signing;

namespace Bce.Runtime.Pipeline;

/// <summary>
/// The query string as it goes on the wire: names and values UriEncoded in message order, a bare action flag as
/// <c>accept</c> (no <c>=</c>). The log uses the same shape with some values replaced.
/// </summary>
internal static class WireQuery
{
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
        foreach (var (name, value) in query)
        {
            if (builder.Length > 1)
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
}
