using System.Text.Json;
using Bce.Runtime.Serialization;
using Bce.Vpc.PeerConnections;
using BenchmarkDotNet.Attributes;

namespace Bce.Benchmarks.Json;

/// <summary>
/// The ListPeerConn page of <see cref="ReadListPageBenchmarks"/> without createdTime and expiredTime. The generated
/// reader parses every timestamp into <see cref="BceTimestamp.Value"/> as it reads, which the POCOs (strings) do not;
/// this pair shows the readers alone. Baseline: System.Text.Json source-generated.
/// </summary>
[MemoryDiagnoser]
public class ReadListPageWithoutTimestampsBenchmarks
{
    private byte[] _json = [];

    [GlobalSetup]
    public void Setup()
    {
        _json = Payloads.ListPageWithoutTimestampsJson;
        Payloads.CheckEquivalent(nameof(BceJsonGenerated), _json, BceJson.Serialize(BceJsonGenerated()));
        Payloads.CheckEquivalent(nameof(StjSourceGenerated), _json, JsonSerializer.SerializeToUtf8Bytes(StjSourceGenerated(), PocoJsonContext.Default.ListPeerConnResultPoco));
    }

    [Benchmark(Baseline = true)]
    public ListPeerConnResultPoco? StjSourceGenerated() =>
        JsonSerializer.Deserialize(_json, PocoJsonContext.Default.ListPeerConnResultPoco);

    [Benchmark]
    public ListPeerConnResult BceJsonGenerated() => BceJson.Deserialize<ListPeerConnResult>(_json);
}
