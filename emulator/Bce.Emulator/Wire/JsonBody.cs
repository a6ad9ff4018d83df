using System.Text.Json;

namespace Bce.Emulator.Wire;

/// <summary>
/// Strict readers over a request body. A body that is not JSON is <c>MalformedJSON</c>; JSON of the wrong shape
/// (not an object, a missing required field, a field of the wrong type) is <c>InappropriateJSON</c>. A field whose
/// value is <c>null</c> counts as absent. Unknown fields are ignored, as the service's Java backend does.
/// </summary>
internal readonly struct JsonBody
{
    private readonly JsonElement _object;
    private readonly string _path;

    private JsonBody(JsonElement element, string path)
    {
        _object = element;
        _path = path;
    }

    /// <summary>Parses the body, which must be one JSON object.</summary>
    public static JsonBody Parse(ReadOnlyMemory<byte> body)
    {
        if (body.IsEmpty)
        {
            throw ApiErrors.MalformedJson("The request body is empty; a JSON object is required.");
        }

        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(body);
            root = document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw ApiErrors.MalformedJson($"The request body is not valid JSON: {e.Message}");
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            throw ApiErrors.InappropriateJson($"The request body must be a JSON object, not {Describe(root.ValueKind)}.");
        }

        return new JsonBody(root, string.Empty);
    }

    /// <summary>A required non-empty string.</summary>
    public string RequiredString(string name) =>
        OptionalString(name) is { Length: > 0 } value ? value : throw Missing(name);

    /// <summary>An optional string; null when absent.</summary>
    public string? OptionalString(string name) =>
        TryGet(name, out var value) ? (value.ValueKind == JsonValueKind.String ? value.GetString() : throw WrongType(name, "a string")) : null;

    /// <summary>A required 32-bit integer.</summary>
    public int RequiredInt32(string name) => OptionalInt32(name) ?? throw Missing(name);

    /// <summary>An optional 32-bit integer; null when absent.</summary>
    public int? OptionalInt32(string name)
    {
        if (!TryGet(name, out var value))
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number)
            ? number
            : throw WrongType(name, "an integer");
    }

    /// <summary>A required boolean.</summary>
    public bool RequiredBoolean(string name) => OptionalBoolean(name) ?? throw Missing(name);

    /// <summary>An optional boolean; null when absent.</summary>
    public bool? OptionalBoolean(string name)
    {
        if (!TryGet(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw WrongType(name, "a boolean"),
        };
    }

    /// <summary>A required nested object.</summary>
    public JsonBody RequiredObject(string name) => OptionalObject(name) ?? throw Missing(name);

    /// <summary>An optional nested object; null when absent.</summary>
    public JsonBody? OptionalObject(string name)
    {
        if (!TryGet(name, out var value))
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.Object
            ? new JsonBody(value, Qualify(name))
            : throw WrongType(name, "an object");
    }

    /// <summary>An optional array of objects; null when absent.</summary>
    public IReadOnlyList<JsonBody>? OptionalObjectArray(string name)
    {
        if (!TryGet(name, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            throw WrongType(name, "an array");
        }

        var items = new List<JsonBody>();
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            var itemPath = $"{Qualify(name)}[{index++}]";
            if (item.ValueKind != JsonValueKind.Object)
            {
                throw ApiErrors.InappropriateJson($"The field {itemPath} must be an object.");
            }

            items.Add(new JsonBody(item, itemPath));
        }

        return items;
    }

    /// <summary>An optional array of strings; null when absent.</summary>
    public IReadOnlyList<string>? OptionalStringArray(string name)
    {
        if (!TryGet(name, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            throw WrongType(name, "an array");
        }

        var items = new List<string>();
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            items.Add(item.ValueKind == JsonValueKind.String
                ? item.GetString()!
                : throw ApiErrors.InappropriateJson($"The field {Qualify(name)}[{index}] must be a string."));
            index++;
        }

        return items;
    }

    /// <summary>The error for a value outside its allowed range or set.</summary>
    public BceApiException Invalid(string name, string rule) =>
        ApiErrors.InappropriateJson($"The field {Qualify(name)} {rule}.");

    private bool TryGet(string name, out JsonElement value) =>
        _object.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null;

    private BceApiException Missing(string name) =>
        ApiErrors.InappropriateJson($"The field {Qualify(name)} is required.");

    private BceApiException WrongType(string name, string expected) =>
        ApiErrors.InappropriateJson($"The field {Qualify(name)} must be {expected}.");

    private string Qualify(string name) => _path.Length == 0 ? name : $"{_path}.{name}";

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
