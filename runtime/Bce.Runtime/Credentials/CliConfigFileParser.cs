using System.Text.Json;

namespace Bce.Runtime.Credentials;

/// <summary>
/// Reads <c>~/.bce/config.json</c> (layout in <see cref="CliConfigFile"/>) with <see cref="Utf8JsonReader"/>, so
/// nothing depends on reflection. Property names match case-insensitively, as Go's <c>encoding/json</c> matches them;
/// unknown properties are skipped. Every error names the line and column and never quotes the file.
/// </summary>
internal static class CliConfigFileParser
{
    /// <exception cref="BceCredentialFileException">The bytes are not JSON, or not of the CLI's layout.</exception>
    public static CliConfigFile Parse(byte[] bytes, string path)
    {
        ReadOnlySpan<byte> json = bytes;
        if (json.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            json = json[3..];
        }

        var reader = new Utf8JsonReader(json);
        try
        {
            var file = ReadRoot(ref reader, json, path);
            // Anything after the root object is an error the reader raises itself.
            reader.Read();
            return file;
        }
        catch (JsonException ex)
        {
            // The reader's own message can quote a character of the file, so only its position is kept.
            throw new BceCredentialFileException(path, (int)(ex.LineNumber ?? 0) + 1, (int)(ex.BytePositionInLine ?? 0) + 1, "is not valid JSON");
        }
        catch (InvalidOperationException)
        {
            // GetString meeting bytes that are not UTF-8 inside a string.
            throw Error(ref reader, json, path, "holds a string that is not valid UTF-8");
        }
    }

    private static CliConfigFile ReadRoot(ref Utf8JsonReader reader, ReadOnlySpan<byte> json, string path)
    {
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw Error(ref reader, json, path, "must hold a JSON object with \"current\" and \"profiles\"");
        }

        string? current = null;
        IReadOnlyList<CliProfile> profiles = [];
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            if (Is(name, "current"))
            {
                reader.Read();
                current = ReadString(ref reader, json, path, "\"current\"");
            }
            else if (Is(name, "profiles"))
            {
                reader.Read();
                profiles = ReadProfiles(ref reader, json, path);
            }
            else
            {
                reader.Skip();
            }
        }

        return new CliConfigFile(string.IsNullOrWhiteSpace(current) ? null : current, profiles);
    }

    private static List<CliProfile> ReadProfiles(ref Utf8JsonReader reader, ReadOnlySpan<byte> json, string path)
    {
        var profiles = new List<CliProfile>();
        if (reader.TokenType == JsonTokenType.Null)
        {
            return profiles;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw Error(ref reader, json, path, "\"profiles\" must be an array");
        }

        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                    profiles.Add(ReadProfile(ref reader, json, path, profiles.Count));
                    break;
                case JsonTokenType.Null:
                    break;
                default:
                    throw Error(ref reader, json, path, $"\"profiles\"[{profiles.Count}] must be an object");
            }
        }

        return profiles;
    }

    private static CliProfile ReadProfile(ref Utf8JsonReader reader, ReadOnlySpan<byte> json, string path, int index)
    {
        var line = Position(json, reader.TokenStartIndex).Line;
        string? name = null, mode = null, accessKeyId = null, secretAccessKey = null, securityToken = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var property = reader.GetString()?.ToLowerInvariant();
            if (property is not ("name" or "mode" or "access_key_id" or "secret_access_key" or "security_token"))
            {
                reader.Skip();
                continue;
            }

            reader.Read();
            var value = ReadString(ref reader, json, path, $"\"profiles\"[{index}].{property}");
            switch (property)
            {
                case "name": name = value; break;
                case "mode": mode = value; break;
                case "access_key_id": accessKeyId = value; break;
                case "secret_access_key": secretAccessKey = value; break;
                default: securityToken = value; break;
            }
        }

        return new CliProfile
        {
            Name = name,
            Mode = mode,
            AccessKeyId = accessKeyId,
            SecretAccessKey = secretAccessKey,
            SecurityToken = securityToken,
            Line = line,
        };
    }

    private static string? ReadString(ref Utf8JsonReader reader, ReadOnlySpan<byte> json, string path, string what) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Null => null,
        _ => throw Error(ref reader, json, path, $"{what} must be a string"),
    };

    private static bool Is(string? property, string name) => string.Equals(property, name, StringComparison.OrdinalIgnoreCase);

    private static BceCredentialFileException Error(ref Utf8JsonReader reader, ReadOnlySpan<byte> json, string path, string problem)
    {
        var (line, column) = Position(json, reader.TokenStartIndex);
        return new BceCredentialFileException(path, line, column, problem);
    }

    /// <summary>The 1-based line and byte column of an offset, counted the way the reader counts them.</summary>
    private static (int Line, int Column) Position(ReadOnlySpan<byte> json, long offset)
    {
        var before = json[..(int)Math.Min(offset, json.Length)];
        var line = before.Count((byte)'\n') + 1;
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        return (line, before.Length - lineStart + 1);
    }
}
