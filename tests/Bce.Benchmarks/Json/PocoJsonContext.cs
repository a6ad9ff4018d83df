using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Bce.Benchmarks.Json;

/// <summary>System.Text.Json source-generated metadata (and fast-path writers) for the hand-written POCOs.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(ListPeerConnResultPoco))]
[JsonSerializable(typeof(PeerConnPoco))]
[JsonSerializable(typeof(CreatePeerConnBodyPoco))]
public sealed partial class PocoJsonContext : JsonSerializerContext;

/// <summary>The same settings for reflection-based System.Text.Json (what <c>JsonSerializer</c> does with no context).</summary>
public static class ReflectionJsonOptions
{
    // The same reader leniency as BceJson (comments, trailing commas); the default encoder, since every payload here is
    // ASCII and the outputs are checked to be byte-identical anyway.
    public static readonly JsonSerializerOptions Instance = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
    };
}
