using System.Text.Json;

namespace Bce.Emulator.Wire;

/// <summary>Response bodies are written by hand with a <see cref="Utf8JsonWriter"/>, so field set, order and nulls stay visible.</summary>
internal static class JsonOutput
{
    /// <summary>The UTF-8 bytes <paramref name="write"/> produces.</summary>
    public static byte[] Write(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        return buffer.ToArray();
    }
}
