using System.Text.Json;

namespace Bce.Emulator.Tests.Infrastructure;

/// <summary>Loads <c>tests/TestData/signing-vectors.json</c>, copied beside the test binaries by the project file.</summary>
public static class SigningVectorFile
{
    private static readonly Lazy<JsonDocument> Document = new(Load);

    public static IEnumerable<object[]> Names() =>
        Vectors().Select(v => new object[] { v.GetProperty("name").GetString()! });

    public static JsonElement Vector(string name) =>
        Vectors().Single(v => v.GetProperty("name").GetString() == name);

    private static IEnumerable<JsonElement> Vectors() => Document.Value.RootElement.GetProperty("vectors").EnumerateArray();

    private static JsonDocument Load() =>
        JsonDocument.Parse(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "TestData", "signing-vectors.json")));
}
