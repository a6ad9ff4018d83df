using System.Text.Json;

namespace Bce.Runtime.Serialization;

/// <summary>
/// A model that reads and writes its own JSON, without reflection, so that generated clients stay trim- and
/// NativeAOT-safe. Generated models implement this interface explicitly.
/// </summary>
/// <typeparam name="TSelf">The implementing model type.</typeparam>
public interface IBceJsonModel<TSelf> where TSelf : IBceJsonModel<TSelf>
{
    /// <summary>Writes this model as one JSON object.</summary>
    /// <param name="writer">The writer to write to; positioned where a value may start.</param>
    void WriteJson(Utf8JsonWriter writer);
#if NET

    /// <summary>Reads one model from a JSON object.</summary>
    /// <param name="reader">
    /// The reader, positioned on the <see cref="JsonTokenType.StartObject"/> token when called and left on the
    /// matching <see cref="JsonTokenType.EndObject"/> token on return.
    /// </param>
    /// <returns>The model read.</returns>
    /// <remarks>
    /// netstandard2.0 has no static interface members (.NET Framework cannot call them): there a model registers this
    /// reader with <see cref="BceJsonModelReaders.Register{T}"/> instead.
    /// </remarks>
    static abstract TSelf ReadJson(ref Utf8JsonReader reader);
#endif
}
