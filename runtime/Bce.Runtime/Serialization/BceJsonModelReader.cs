using System.Text.Json;

namespace Bce.Runtime.Serialization;

/// <summary>Reads one model from a JSON object, as <see cref="IBceJsonModel{TSelf}"/>'s <c>ReadJson</c> does.</summary>
/// <typeparam name="T">The model type.</typeparam>
/// <param name="reader">The reader, on the <see cref="JsonTokenType.StartObject"/> token; left on the matching <see cref="JsonTokenType.EndObject"/>.</param>
/// <returns>The model read.</returns>
public delegate T BceJsonModelReader<T>(ref Utf8JsonReader reader);
