using System.Text.Json;
using Bce.Vpc.PeerConnections;
using BenchmarkDotNet.Attributes;

namespace Bce.Benchmarks.Json;

/// <summary>
/// Writing one fully populated CreatePeerConn body (12 properties, nested billing and reservation, three tags;
/// 532 bytes) to a UTF-8 byte array. Baseline: System.Text.Json source-generated (fast-path) serialization.
/// </summary>
[MemoryDiagnoser]
public class WriteCreatePeerConnBenchmarks
{
    private CreatePeerConnRequest _request = null!;
    private CreatePeerConnBodyPoco _poco = null!;

    [GlobalSetup]
    public void Setup()
    {
        _request = Payloads.CreateCreateRequest();
        _poco = Payloads.CreateCreateBodyPoco();

        // The runtime's own buffering of the body is the reference every contender must reproduce byte for byte.
        var expected = BceJsonGenerated().Span;
        Payloads.CheckEquivalent(nameof(StjSourceGenerated), expected, StjSourceGenerated());
        Payloads.CheckEquivalent(nameof(StjReflection), expected, StjReflection());
    }

    [Benchmark(Baseline = true)]
    public byte[] StjSourceGenerated() => JsonSerializer.SerializeToUtf8Bytes(_poco, PocoJsonContext.Default.CreatePeerConnBodyPoco);

    [Benchmark]
    public byte[] StjReflection() => JsonSerializer.SerializeToUtf8Bytes(_poco, ReflectionJsonOptions.Instance);

    [Benchmark]
    public ReadOnlyMemory<byte> BceJsonGenerated() => Payloads.WriteGeneratedBody(_request);
}
