using System.Text.Json;

namespace PeerConn.Emulator.Tests.Infrastructure;

/// <summary>
/// Loads <c>shared/signing-vectors.json</c>, found by walking up from the test binaries (it lives beside the
/// repository, in the shared folder).
/// </summary>
public static class SigningVectorFile
{
    private static readonly Lazy<JsonDocument> Document = new(Load);

    public static IEnumerable<object[]> Names() =>
        Vectors().Select(v => new object[] { v.GetProperty("name").GetString()! });

    public static JsonElement Vector(string name) =>
        Vectors().Single(v => v.GetProperty("name").GetString() == name);

    private static IEnumerable<JsonElement> Vectors() => Document.Value.RootElement.GetProperty("vectors").EnumerateArray();

    private static JsonDocument Load()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "shared", "signing-vectors.json");
            if (File.Exists(candidate))
            {
                return JsonDocument.Parse(File.ReadAllBytes(candidate));
            }
        }

        throw new FileNotFoundException(
            "shared/signing-vectors.json was not found in any folder above " + AppContext.BaseDirectory);
    }
}
