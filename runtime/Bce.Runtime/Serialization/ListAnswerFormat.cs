using System.Globalization;
using System.Text.Json;

namespace Bce.Runtime.Serialization;

/// <summary>An answer that is a JSON array of models, bare or under a wrapper property; a null element is invalid JSON for it.</summary>
internal sealed class ListAnswerFormat<T> : BceAnswerFormat<IReadOnlyList<T>>
    where T : IBceJsonModel<T>
{
    public static readonly ListAnswerFormat<T> Plain = new(null);

    private readonly string? _wrapper;
    private readonly byte[]? _wrapperUtf8;

    public ListAnswerFormat(string? wrapper)
    {
        _wrapper = wrapper;
        _wrapperUtf8 = AnswerBody.Utf8(wrapper);
    }

    internal override string ResultName => typeof(T).Name + "[]";

    internal override IReadOnlyList<T> Read(ReadOnlySpan<byte> utf8Json, out string? missing)
    {
        var items = AnswerBody.Read(utf8Json, _wrapperUtf8, ResultName, ReadItems, out var found);
        if (!found)
        {
            missing = _wrapper;
            return [];
        }

        missing = null;
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is IBceRequiredProperties checkable && checkable.FindMissingRequiredProperty() is { } path)
            {
                missing = $"{_wrapper}[{i.ToString(CultureInfo.InvariantCulture)}].{path}";
                break;
            }
        }

        return items;
    }

    private static List<T> ReadItems(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException($"Expected a JSON array of {typeof(T).Name} but found {reader.TokenType}.");
        }

        var items = new List<T>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            items.Add(AnswerBody.ReadModel<T>(ref reader));
        }

        return items;
    }
}
