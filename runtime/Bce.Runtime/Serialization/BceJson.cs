using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Bce.Runtime.Compatibility;

namespace Bce.Runtime.Serialization;

/// <summary>Serializes and deserializes <see cref="IBceJsonModel{TSelf}"/> models as compact UTF-8 JSON.</summary>
public static class BceJson
{
    // Relaxed escaping keeps non-ASCII text readable on the wire ("测试" rather than "\u6D4B\u8BD5"); the bodies are
    // API payloads, never embedded in HTML, so the HTML-safe default buys nothing.
    internal static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    // Lenient about what does not change meaning (comments, trailing commas); strict about everything else.
    internal static readonly JsonReaderOptions ReaderOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>Serializes a model to compact UTF-8 JSON.</summary>
    /// <typeparam name="T">The model type.</typeparam>
    /// <param name="value">The model to write.</param>
    /// <returns>The UTF-8 JSON bytes.</returns>
    public static byte[] Serialize<T>(T value) where T : IBceJsonModel<T>
    {
        ArgumentNullException.ThrowIfNull(value);
        return Write(value.WriteJson);
    }

    /// <summary>Deserializes one model from UTF-8 JSON whose top-level value is an object.</summary>
    /// <typeparam name="T">The model type.</typeparam>
    /// <param name="utf8Json">The UTF-8 JSON text; a leading byte-order mark is ignored.</param>
    /// <returns>The model read.</returns>
    /// <exception cref="JsonException">The text is not valid JSON, is not an object, or does not fit the model.</exception>
    public static T Deserialize<T>(ReadOnlySpan<byte> utf8Json) where T : IBceJsonModel<T> =>
        AnswerBody.Read(utf8Json, wrapper: null, typeof(T).Name, AnswerBody.ReadModel<T>, out _);

    // One writer and buffer per thread, reset after each use: a body then costs one exact-size array instead of a
    // writer, a buffer and its regrowths (the benchmarks in tests/Bce.Benchmarks measured 5.4 KB against 0.6 KB).
    // A buffer that once grew past this stays out of the cache, so one huge body does not pin memory.
    private const int CachedBufferLimit = 64 * 1024;

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    /// <summary>Runs <paramref name="write"/> against a writer and returns the bytes it wrote.</summary>
    internal static byte[] Write(Action<Utf8JsonWriter> write)
    {
        var buffer = t_buffer ?? new ArrayBufferWriter<byte>(1024);
        var writer = t_writer ?? new Utf8JsonWriter(buffer, WriterOptions);
        t_buffer = null;
        t_writer = null;
        try
        {
            write(writer);
            writer.Flush();
            return buffer.WrittenSpan.ToArray();
        }
        finally
        {
            // Taken out of the cache while in use, so a nested Write on this thread gets its own pair.
            buffer.ResetWrittenCount();
            writer.Reset(buffer);
            if (buffer.Capacity <= CachedBufferLimit)
            {
                t_buffer = buffer;
                t_writer = writer;
            }
        }
    }

    internal static ReadOnlySpan<byte> SkipByteOrderMark(ReadOnlySpan<byte> utf8) =>
        utf8.StartsWith("\uFEFF"u8) ? utf8[3..] : utf8;
}
