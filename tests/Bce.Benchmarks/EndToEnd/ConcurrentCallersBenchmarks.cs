using System.Net.Http.Json;
using Bce.Benchmarks.Json;
using Bce.Runtime;
using Bce.Runtime.Credentials;
using Bce.Testing;
using Bce.Vpc.PeerConnections;
using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Http;

namespace Bce.Benchmarks.EndToEnd;

/// <summary>
/// Throughput of one shared client under contention: each invocation starts <see cref="Callers"/> (64) tasks that
/// each make <see cref="CallsPerCaller"/> (4) sequential GetPeerConnDetail calls over loopback HTTP/1.1 against the
/// shared <see cref="LoopbackServer"/>, so 256 calls an operation; Mean and Allocated are per call
/// (OperationsPerInvoke). Contenders: the generated <see cref="PeerConnClient"/> (full pipeline) and the baseline, a
/// raw HttpClient with <see cref="BceSigningHandler"/> and <c>GetFromJsonAsync</c> over the source-generated
/// System.Text.Json context. Neither limits connections per server, so up to 64 connections open. Client and server
/// share the machine's cores: compare the Ratio, not the absolute numbers.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[MinColumn]
public class ConcurrentCallersBenchmarks
{
    private const int Callers = 64;
    private const int CallsPerCaller = 4;
    private const int TotalCalls = Callers * CallsPerCaller;
    private const string PeerConnId = "peerconn-srbvvxm0007";
    private const string Path = "/v1/peerconn/" + PeerConnId + "?role=initiator";

    private static readonly BceCredentials Credentials = new("a0c3e1b7f2d94c8e9b1a2f3c4d5e6f70", "0f1e2d3c4b5a69788796a5b4c3d2e1f0");

    private LoopbackServer _server = null!;
    private PeerConnClient _generated = null!;
    private HttpClient _raw = null!;
    private readonly GetPeerConnDetailRequest _request = new() { PeerConnId = PeerConnId, Role = PeerConnRole.Initiator };
    private readonly Task<long>[] _tasks = new Task<long>[Callers];

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _server = (await LoopbackServer.StartAsync(recordRequests: false)).Otherwise((context, _) => PeerConnDetailAnswer.WriteAsync(context, Payloads.PeerConnJson));
        _generated = new PeerConnClient(Credentials, new BceClientOptions { Endpoint = _server.BaseUri });

        // The same connection settings the runtime's own transport uses; MaxConnectionsPerServer stays unlimited.
        var transport = new SocketsHttpHandler
        {
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(1),
            AllowAutoRedirect = false,
            UseCookies = false,
        };
        _raw = new HttpClient(new BceSigningHandler(Credentials, transport)) { BaseAddress = _server.BaseUri };

        // Both contenders must have made every call and read the same connection each time.
        var single = await _generated.GetPeerConnDetailAsync(_request);
        var expected = TotalCalls * (long)(single.Value.BandwidthInMbps ?? throw new InvalidOperationException("No bandwidth read."));
        var sums = new[] { await HandWrittenHttpClient(), await GeneratedClient() };
        if (single.Value.PeerConnId != PeerConnId || sums.Any(sum => sum != expected))
        {
            throw new InvalidOperationException($"A contender did not read {TotalCalls} times the expected peer connection: expected {expected}, got {string.Join(", ", sums)}");
        }
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        _generated.Dispose();
        _raw.Dispose();
        await _server.DisposeAsync();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = TotalCalls)]
    public Task<long> HandWrittenHttpClient() => RunCallersAsync(static async self =>
    {
        long sum = 0;
        for (var i = 0; i < CallsPerCaller; i++)
        {
            var poco = await self._raw.GetFromJsonAsync(Path, PocoJsonContext.Default.PeerConnPoco).ConfigureAwait(false);
            sum += poco?.PeerConnId == PeerConnId ? poco.BandwidthInMbps ?? 0 : 0;
        }

        return sum;
    });

    [Benchmark(OperationsPerInvoke = TotalCalls)]
    public Task<long> GeneratedClient() => RunCallersAsync(static async self =>
    {
        long sum = 0;
        for (var i = 0; i < CallsPerCaller; i++)
        {
            var value = (await self._generated.GetPeerConnDetailAsync(self._request).ConfigureAwait(false)).Value;
            sum += value.PeerConnId == PeerConnId ? value.BandwidthInMbps ?? 0 : 0;
        }

        return sum;
    });

    /// <summary>Starts every caller on the thread pool at once, then waits for all; returns the sum of their sums.</summary>
    private async Task<long> RunCallersAsync(Func<ConcurrentCallersBenchmarks, Task<long>> caller)
    {
        for (var i = 0; i < Callers; i++)
        {
            _tasks[i] = Task.Run(() => caller(this));
        }

        long total = 0;
        foreach (var sum in await Task.WhenAll(_tasks).ConfigureAwait(false))
        {
            total += sum;
        }

        return total;
    }
}
