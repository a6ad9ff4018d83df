using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Bce.Runtime.Compatibility;

namespace Bce.Runtime.Serialization;

/// <summary>
/// Lenient value readers for generated <see cref="IBceJsonModel{TSelf}"/> <c>ReadJson</c> code. Every reader expects the
/// <see cref="Utf8JsonReader"/> to be ON the value token (after the property name was read) and leaves it on the
/// last token of that value. BCE services are not strict about scalar types (numbers sometimes arrive quoted), so
/// the readers accept the obvious alternative spelling and reject anything that would lose information.
/// </summary>
/// <remarks>Error messages name token types only, never values: a value may be a secret (an STS key, for example).</remarks>
public static class BceJsonReader
{
    /// <summary>Reads one element of a JSON array; the reader is on the element's first token.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="reader">The reader.</param>
    /// <returns>The element.</returns>
    public delegate T ReadElement<T>(ref Utf8JsonReader reader);

    /// <summary>Reads a string; <c>null</c> gives <see langword="null"/>, numbers and booleans give their JSON text.</summary>
    /// <param name="reader">The reader, on the value token.</param>
    /// <returns>The text, or <see langword="null"/>.</returns>
    /// <exception cref="JsonException">The value is an object or an array.</exception>
    public static string? ReadString(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.Null => null,
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Number => RawText(ref reader),
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        _ => throw Unexpected(ref reader, "a string"),
    };

    /// <summary>Reads a 32-bit integer from a number or a numeric string; <c>null</c> and <c>""</c> give <see langword="null"/>.</summary>
    /// <param name="reader">The reader, on the value token.</param>
    /// <returns>The number, or <see langword="null"/>.</returns>
    /// <exception cref="JsonException">The value is not an integer that fits in 32 bits.</exception>
    public static int? ReadInt32(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.Number when reader.TryGetInt32(out var number):
                return number;
            case JsonTokenType.String:
                var text = reader.GetString();
                if (string.IsNullOrWhiteSpace(text))
                {
                    return null;
                }

                if (int.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed))
                {
                    return parsed;
                }

                throw new JsonException($"Expected a 32-bit integer but found a non-numeric string at byte {reader.TokenStartIndex}.");
            default:
                throw Unexpected(ref reader, "a 32-bit integer");
        }
    }

    /// <summary>Reads a 64-bit integer from a number or a numeric string; <c>null</c> and <c>""</c> give <see langword="null"/>.</summary>
    /// <param name="reader">The reader, on the value token.</param>
    /// <returns>The number, or <see langword="null"/>.</returns>
    /// <exception cref="JsonException">The value is not an integer that fits in 64 bits.</exception>
    public static long? ReadInt64(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.Number when reader.TryGetInt64(out var number):
                return number;
            case JsonTokenType.String:
                var text = reader.GetString();
                if (string.IsNullOrWhiteSpace(text))
                {
                    return null;
                }

                if (long.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed))
                {
                    return parsed;
                }

                throw new JsonException($"Expected a 64-bit integer but found a non-numeric string at byte {reader.TokenStartIndex}.");
            default:
                throw Unexpected(ref reader, "a 64-bit integer");
        }
    }

    /// <summary>Reads a floating-point number from a number or a numeric string; <c>null</c> and <c>""</c> give <see langword="null"/>.</summary>
    /// <param name="reader">The reader, on the value token.</param>
    /// <returns>The number, or <see langword="null"/>.</returns>
    /// <exception cref="JsonException">The value is not a number.</exception>
    public static double? ReadDouble(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.Number when reader.TryGetDouble(out var number):
                return number;
            case JsonTokenType.String:
                var text = reader.GetString();
                if (string.IsNullOrWhiteSpace(text))
                {
                    return null;
                }

                if (double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed))
                {
                    return parsed;
                }

                throw new JsonException($"Expected a number but found a non-numeric string at byte {reader.TokenStartIndex}.");
            default:
                throw Unexpected(ref reader, "a number");
        }
    }

    /// <summary>Reads a 32-bit floating-point number from a number or a numeric string; <c>null</c> and <c>""</c> give <see langword="null"/>.</summary>
    /// <param name="reader">The reader, on the value token.</param>
    /// <returns>The number, or <see langword="null"/>.</returns>
    /// <exception cref="JsonException">The value is not a number, or is too large for a <see cref="float"/>.</exception>
    public static float? ReadSingle(ref Utf8JsonReader reader)
    {
        if (ReadDouble(ref reader) is not { } number)
        {
            return null;
        }

        // A finite double beyond float's range would silently become infinity: that loses the value, so refuse it.
        var single = (float)number;
        if (float.IsInfinity(single) && !double.IsInfinity(number))
        {
            throw new JsonException($"Expected a 32-bit floating-point number but found one out of its range at byte {reader.TokenStartIndex}.");
        }

        return single;
    }

    /// <summary>Reads a boolean from <c>true</c>/<c>false</c> or the strings <c>"true"</c>/<c>"false"</c> (any case); <c>null</c> and <c>""</c> give <see langword="null"/>.</summary>
    /// <param name="reader">The reader, on the value token.</param>
    /// <returns>The boolean, or <see langword="null"/>.</returns>
    /// <exception cref="JsonException">The value is not a boolean.</exception>
    public static bool? ReadBoolean(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.True:
                return true;
            case JsonTokenType.False:
                return false;
            case JsonTokenType.String:
                var text = reader.GetString();
                if (string.IsNullOrWhiteSpace(text))
                {
                    return null;
                }

                if (bool.TryParse(text.Trim(), out var parsed))
                {
                    return parsed;
                }

                throw new JsonException($"Expected a boolean but found a string that is neither \"true\" nor \"false\" at byte {reader.TokenStartIndex}.");
            default:
                throw Unexpected(ref reader, "a boolean");
        }
    }

    /// <summary>Reads a BCE timestamp string; <c>null</c> and <c>""</c> give <see langword="null"/>.</summary>
    /// <param name="reader">The reader, on the value token.</param>
    /// <returns>The timestamp (its <see cref="BceTimestamp.Raw"/> text is kept even when it cannot be parsed), or <see langword="null"/>.</returns>
    /// <exception cref="JsonException">The value is not a string.</exception>
    public static BceTimestamp? ReadTimestamp(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.String:
                var text = reader.GetString();
                return string.IsNullOrWhiteSpace(text) ? null : new BceTimestamp(text);
            default:
                throw Unexpected(ref reader, "a timestamp string");
        }
    }

    /// <summary>Reads a JSON array element by element; <c>null</c> gives <see langword="null"/>.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="reader">The reader, on the <see cref="JsonTokenType.StartArray"/> (or <c>null</c>) token; left on <see cref="JsonTokenType.EndArray"/>.</param>
    /// <param name="readElement">Reads one element; called with the reader on the element's first token.</param>
    /// <returns>The elements, or <see langword="null"/>.</returns>
    /// <exception cref="JsonException">The value is not an array.</exception>
    public static List<T>? ReadList<T>(ref Utf8JsonReader reader, ReadElement<T> readElement)
    {
        ArgumentNullException.ThrowIfNull(readElement);
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw Unexpected(ref reader, "an array");
        }

        var items = new List<T>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            items.Add(readElement(ref reader));
        }

        return items;
    }

    /// <summary>
    /// Reads a JSON object of string keys to values (a spec's <c>map&lt;string, T&gt;</c>); <c>null</c> gives
    /// <see langword="null"/>. Keys compare ordinally. A key that appears twice keeps its last value, as Go's
    /// <c>encoding/json</c> (the official SDK's reader) and System.Text.Json do.
    /// </summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="reader">The reader, on the <see cref="JsonTokenType.StartObject"/> (or <c>null</c>) token; left on <see cref="JsonTokenType.EndObject"/>.</param>
    /// <param name="readValue">Reads one value; called with the reader on the value's first token.</param>
    /// <returns>The entries in the order they first appeared, or <see langword="null"/>.</returns>
    /// <exception cref="JsonException">The value is not an object.</exception>
    public static Dictionary<string, T>? ReadMap<T>(ref Utf8JsonReader reader, ReadElement<T> readValue)
    {
        ArgumentNullException.ThrowIfNull(readValue);
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        ExpectStartObject(ref reader);
        var entries = new Dictionary<string, T>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var key = reader.GetString()!;
            reader.Read();
            entries[key] = readValue(ref reader);
        }

        return entries;
    }

    /// <summary>Reads a nested model; <c>null</c> gives <see langword="null"/>.</summary>
    /// <typeparam name="T">The model type.</typeparam>
    /// <param name="reader">The reader, on the <see cref="JsonTokenType.StartObject"/> (or <c>null</c>) token; left on <see cref="JsonTokenType.EndObject"/>.</param>
    /// <returns>The model, or <see langword="null"/>.</returns>
    /// <exception cref="JsonException">The value is not an object.</exception>
    public static T? ReadModel<T>(ref Utf8JsonReader reader) where T : class, IBceJsonModel<T>
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        ExpectStartObject(ref reader);
        return JsonModelReader<T>.Read(ref reader);
    }

    /// <summary>Reads an array of models; <c>null</c> gives <see langword="null"/>, and <c>null</c> elements are rejected.</summary>
    /// <typeparam name="T">The model type.</typeparam>
    /// <param name="reader">The reader, on the <see cref="JsonTokenType.StartArray"/> (or <c>null</c>) token; left on <see cref="JsonTokenType.EndArray"/>.</param>
    /// <returns>The models, or <see langword="null"/>.</returns>
    /// <exception cref="JsonException">The value is not an array of objects.</exception>
    public static List<T>? ReadModelList<T>(ref Utf8JsonReader reader) where T : IBceJsonModel<T> =>
        ReadList(ref reader, static (ref Utf8JsonReader r) =>
        {
            ExpectStartObject(ref r);
            return JsonModelReader<T>.Read(ref r);
        });

    /// <summary>Throws unless the reader is on a <see cref="JsonTokenType.StartObject"/> token.</summary>
    /// <param name="reader">The reader.</param>
    /// <exception cref="JsonException">The current token is not the start of an object; the message names the token found.</exception>
    public static void ExpectStartObject(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw Unexpected(ref reader, "an object");
        }
    }

    private static string RawText(ref Utf8JsonReader reader) => reader.HasValueSequence
        ? Encoding.UTF8.GetString(reader.ValueSequence.ToArray())
        : Encoding.UTF8.GetString(reader.ValueSpan);

    private static JsonException Unexpected(ref Utf8JsonReader reader, string expected) =>
        new($"Expected {expected} but found a {reader.TokenType} token at byte {reader.TokenStartIndex}.");
}
