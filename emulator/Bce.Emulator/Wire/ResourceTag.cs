using System.Text.Json;

namespace Bce.Emulator.Wire;

/// <summary>A <c>{tagKey, tagValue}</c> pair (Go's <c>TagModel</c>) bound to a connection, a VPC or a subnet.</summary>
/// <param name="Key">The tag key.</param>
/// <param name="Value">The tag value; may be empty.</param>
internal sealed record ResourceTag(string Key, string Value)
{
    /// <summary>The optional <c>tags</c> array of a create body; every item needs a <c>tagKey</c>.</summary>
    public static IReadOnlyList<ResourceTag> ParseAll(JsonBody json)
    {
        var tags = new List<ResourceTag>();
        foreach (var tag in json.OptionalObjectArray("tags") ?? [])
        {
            tags.Add(new ResourceTag(tag.RequiredString("tagKey"), tag.OptionalString("tagValue") ?? string.Empty));
        }

        return tags;
    }

    /// <summary>Writes <c>"tags":[{"tagKey","tagValue"},…]</c>.</summary>
    public static void WriteAll(Utf8JsonWriter writer, IReadOnlyList<ResourceTag> tags)
    {
        writer.WriteStartArray("tags");
        foreach (var tag in tags)
        {
            writer.WriteStartObject();
            writer.WriteString("tagKey", tag.Key);
            writer.WriteString("tagValue", tag.Value);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
