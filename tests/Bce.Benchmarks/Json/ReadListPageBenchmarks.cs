using System.Text.Json;
using Bce.Runtime.Serialization;
using Bce.Vpc.PeerConnections;
using BenchmarkDotNet.Attributes;

namespace Bce.Benchmarks.Json;

/// <summary>
/// Reading one ListPeerConn page of 100 peer connections (about 60 KB of UTF-8 JSON) into objects. Baseline:
/// System.Text.Json source-generated metadata, the strongest built-in alternative and the only one that is, like the
/// generated code, trim- and NativeAOT-safe.
/// </summary>
[MemoryDiagnoser]
public class ReadListPageBenchmarks
{
    private byte[] _json = [];

    [GlobalSetup]
    public void Setup()
    {
        _json = Payloads.ListPageJson;

        // Every contender must have read the whole page: written back, each gives the input bytes again.
        Payloads.CheckEquivalent(nameof(BceJsonGenerated), _json, BceJson.Serialize(BceJsonGenerated()));
        Payloads.CheckEquivalent(nameof(StjSourceGenerated), _json, JsonSerializer.SerializeToUtf8Bytes(StjSourceGenerated(), PocoJsonContext.Default.ListPeerConnResultPoco));
        Payloads.CheckEquivalent(nameof(StjReflection), _json, JsonSerializer.SerializeToUtf8Bytes(StjReflection(), ReflectionJsonOptions.Instance));
    }

    [Benchmark(Baseline = true)]
    public ListPeerConnResultPoco? StjSourceGenerated() =>
        JsonSerializer.Deserialize(_json, PocoJsonContext.Default.ListPeerConnResultPoco);

    [Benchmark]
    public ListPeerConnResultPoco? StjReflection() =>
        JsonSerializer.Deserialize<ListPeerConnResultPoco>(_json, ReflectionJsonOptions.Instance);

    [Benchmark]
    public ListPeerConnResult BceJsonGenerated() => BceJson.Deserialize<ListPeerConnResult>(_json);
}
