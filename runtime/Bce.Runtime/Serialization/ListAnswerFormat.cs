using System.Globalization;
using System.Text.Json;

namespace Bce.Runtime.Serialization;

/// <summary>An answer that is a JSON array of models, bare or under a wrapper property; a null element is invalid JSON for it.</summary>
internal sealed class ListAnswerFormat<T> : BceAnswerFormat<IReadOnlyList<T>>
    where T : IBceJsonModel<T>
{
    public static readonly ListAnswerFormat<T> Plain = new(null);

    public ListAnswerFormat(string? wrapper)
        : base(wrapper, typeof(T).Name + "[]")
    {
    }

    internal override IReadOnlyList<T> Read(ReadOnlySpan<byte> utf8Json, out string? missing)
    {
        var items = AnswerBody.Read(utf8Json, WrapperUtf8, ResultName, ReadItems, out var found);
        if (!found)
        {
            missing = Wrapper;
            return [];
        }

        missing = null;
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is IBceRequiredProperties checkable && checkable.FindMissingRequiredProperty() is { } path)
            {
                missing = $"{Wrapper}[{i.ToString(CultureInfo.InvariantCulture)}].{path}";
                break;
            }
        }

        return items;
    }

    private static List<T> ReadItems(ref Utf8JsonReader reader) =>
        BceJsonReader.ReadList(ref reader, AnswerBody.ReadModel<T>) ?? throw new JsonException($"Expected a JSON array of {typeof(T).Name} but found null.");
}
