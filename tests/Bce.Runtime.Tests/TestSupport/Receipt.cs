using System.Text.Json;
using Bce.Runtime.Serialization;

namespace Bce.Runtime.Tests.TestSupport;

/// <summary>A hand-written answer model with a required property, in the shape the generator emits.</summary>
public sealed class Receipt : IBceJsonModel<Receipt>, IBceRequiredProperties
{
    public string? ReceiptId { get; set; }

    public string? Note { get; set; }

    void IBceJsonModel<Receipt>.WriteJson(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteEndObject();
    }

    static Receipt IBceJsonModel<Receipt>.ReadJson(ref Utf8JsonReader reader)
    {
        BceJsonReader.ExpectStartObject(ref reader);
        var value = new Receipt();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            reader.Read();
            switch (name)
            {
                case "receiptId": value.ReceiptId = BceJsonReader.ReadString(ref reader); break;
                case "note": value.Note = BceJsonReader.ReadString(ref reader); break;
                default: reader.Skip(); break;
            }
        }

        return value;
    }

    string? IBceRequiredProperties.FindMissingRequiredProperty() => string.IsNullOrEmpty(ReceiptId) ? "receiptId" : null;
}
