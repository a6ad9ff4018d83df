using System.Text.Json;
using Bce.Runtime.Serialization;

namespace Bce.Runtime.Tests.TestSupport;

/// <summary>A hand-written model in the shape the generator emits, for runtime tests.</summary>
public sealed class Widget : IBceJsonModel<Widget>
{
    public string? Id { get; set; }

    public int? Size { get; set; }

    public bool? Enabled { get; set; }

    public BceTimestamp? CreatedTime { get; set; }

    public List<string>? Tags { get; set; }

    void IBceJsonModel<Widget>.WriteJson(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        if (Id is not null)
        {
            writer.WriteString("id", Id);
        }

        if (Size is { } size)
        {
            writer.WriteNumber("size", size);
        }

        if (Enabled is { } enabled)
        {
            writer.WriteBoolean("enabled", enabled);
        }

        if (CreatedTime is { } created)
        {
            writer.WriteString("createdTime", created.Raw);
        }

        if (Tags is not null)
        {
            writer.WriteStartArray("tags");
            foreach (var tag in Tags)
            {
                writer.WriteStringValue(tag);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    static Widget IBceJsonModel<Widget>.ReadJson(ref Utf8JsonReader reader)
    {
        BceJsonReader.ExpectStartObject(ref reader);
        var widget = new Widget();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            reader.Read();
            switch (name)
            {
                case "id": widget.Id = BceJsonReader.ReadString(ref reader); break;
                case "size": widget.Size = BceJsonReader.ReadInt32(ref reader); break;
                case "enabled": widget.Enabled = BceJsonReader.ReadBoolean(ref reader); break;
                case "createdTime": widget.CreatedTime = BceJsonReader.ReadTimestamp(ref reader); break;
                case "tags": widget.Tags = BceJsonReader.ReadList(ref reader, static (ref Utf8JsonReader r) => BceJsonReader.ReadString(ref r) ?? string.Empty); break;
                default: reader.Skip(); break;
            }
        }

        return widget;
    }
}
