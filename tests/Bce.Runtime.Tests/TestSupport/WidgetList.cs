using System.Text.Json;
using Bce.Runtime.Serialization;

namespace Bce.Runtime.Tests.TestSupport;

/// <summary>A hand-written list page model (items + marker fields), as a generated List response looks.</summary>
public sealed class WidgetList : IBceJsonModel<WidgetList>
{
    public List<Widget>? Widgets { get; set; }

    public string? Marker { get; set; }

    public bool? IsTruncated { get; set; }

    public string? NextMarker { get; set; }

    void IBceJsonModel<WidgetList>.WriteJson(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteEndObject();
    }

    static WidgetList IBceJsonModel<WidgetList>.ReadJson(ref Utf8JsonReader reader)
    {
        var list = new WidgetList();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            reader.Read();
            switch (name)
            {
                case "widgets": list.Widgets = BceJsonReader.ReadModelList<Widget>(ref reader); break;
                case "marker": list.Marker = BceJsonReader.ReadString(ref reader); break;
                case "isTruncated": list.IsTruncated = BceJsonReader.ReadBoolean(ref reader); break;
                case "nextMarker": list.NextMarker = BceJsonReader.ReadString(ref reader); break;
                default: reader.Skip(); break;
            }
        }

        return list;
    }
}
