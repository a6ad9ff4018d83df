using System.Text.Json;
using Bce.Runtime.Compatibility;

namespace Bce.Runtime.Serialization;

/// <summary>
/// Walking an answer body the formats share: the reader on its first token, the wrapper property found (other
/// properties skipped), and nothing but whitespace after the top-level value.
/// </summary>
internal static class AnswerBody
{
    /// <summary>
    /// Reads the top-level value, or the wrapper's value; <paramref name="found"/> is false when the wrapper is
    /// absent or null (the value is then default).
    /// </summary>
    public static T Read<T>(ReadOnlySpan<byte> utf8Json, byte[]? wrapper, string resultName, BceJsonReader.ReadElement<T> read, out bool found)
    {
        var reader = new Utf8JsonReader(BceJson.SkipByteOrderMark(utf8Json), BceJson.ReaderOptions);
        if (!reader.Read())
        {
            throw new JsonException($"Expected JSON for {resultName} but the input is empty.");
        }

        T value = default!;
        found = wrapper is null;
        if (wrapper is null)
        {
            value = read(ref reader);
        }
        else
        {
            BceJsonReader.ExpectStartObject(ref reader);
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isWrapper = reader.ValueTextEquals(wrapper);
                reader.Read();
                if (isWrapper && reader.TokenType != JsonTokenType.Null)
                {
                    value = read(ref reader);
                    found = true;
                }
                else
                {
                    reader.Skip();
                }
            }
        }

        // Throws JsonException when anything but whitespace follows the value.
        if (reader.Read())
        {
            throw new JsonException($"Unexpected {reader.TokenType} token after the {resultName} answer.");
        }

        return value;
    }

    /// <summary>One model object, checked to end where it started.</summary>
    public static T ReadModel<T>(ref Utf8JsonReader reader) where T : IBceJsonModel<T>
    {
        BceJsonReader.ExpectStartObject(ref reader);
        var value = JsonModelReader<T>.Read(ref reader);
        if (reader.TokenType != JsonTokenType.EndObject)
        {
            throw new JsonException($"{typeof(T).Name}.ReadJson returned on a {reader.TokenType} token instead of the object's end.");
        }

        return value;
    }
}
