using System.Text.Json;

namespace Bce.Runtime.Tests.Signing;

/// <summary>One entry of tests/TestData/signing-vectors.json, with the outputs this runtime must reproduce.</summary>
public sealed record SigningVector(
    string Name,
    string Method,
    string Path,
    IReadOnlyList<KeyValuePair<string, string?>> Query,
    IReadOnlyList<KeyValuePair<string, string>> Headers,
    string AccessKeyId,
    string SecretAccessKey,
    DateTimeOffset Timestamp,
    int ExpirationSeconds,
    IReadOnlyList<string>? HeadersToSign,
    string AuthStringPrefix,
    string SigningKey,
    string CanonicalRequest,
    string Signature,
    string SignedHeaders,
    string Authorization)
{
    private static readonly Lazy<IReadOnlyList<SigningVector>> Loaded = new(Load);

    public static IReadOnlyList<SigningVector> All => Loaded.Value;

    public static SigningVector Named(string name) => All.Single(v => v.Name == name);

    public override string ToString() => Name;

    private static List<SigningVector> Load()
    {
        var path = System.IO.Path.Combine(AppContext.BaseDirectory, "TestData", "signing-vectors.json");
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        return [.. document.RootElement.GetProperty("vectors").EnumerateArray().Select(Parse)];
    }

    private static SigningVector Parse(JsonElement vector)
    {
        var inputs = vector.GetProperty("inputs");
        var outputs = vector.GetProperty("outputs");
        // For the divergence vector the Go SDK's outputs are ours: x-bce-request-id is not signed.
        var expected = outputs.TryGetProperty("goSdk", out var go) ? go : outputs;
        var headersToSign = inputs.GetProperty("headersToSign");
        return new SigningVector(
            vector.GetProperty("name").GetString()!,
            inputs.GetProperty("method").GetString()!,
            inputs.GetProperty("path").GetString()!,
            [.. inputs.GetProperty("query").EnumerateObject().Select(p => new KeyValuePair<string, string?>(p.Name, p.Value.GetString()))],
            [.. inputs.GetProperty("headers").EnumerateObject().Select(p => new KeyValuePair<string, string>(p.Name, p.Value.GetString()!))],
            inputs.GetProperty("ak").GetString()!,
            inputs.GetProperty("sk").GetString()!,
            DateTimeOffset.Parse(inputs.GetProperty("timestamp").GetString()!, System.Globalization.CultureInfo.InvariantCulture),
            inputs.GetProperty("expirationSeconds").GetInt32(),
            headersToSign.ValueKind == JsonValueKind.Null ? null : [.. headersToSign.EnumerateArray().Select(e => e.GetString()!)],
            outputs.GetProperty("authStringPrefix").GetString()!,
            outputs.GetProperty("signingKey").GetString()!,
            expected.GetProperty("canonicalRequest").GetString()!,
            expected.GetProperty("signature").GetString()!,
            expected.GetProperty("signedHeaders").GetString()!,
            expected.GetProperty("authorization").GetString()!);
    }
}
