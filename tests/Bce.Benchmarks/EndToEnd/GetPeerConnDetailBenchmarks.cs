using System.Net.Http.Json;
using Bce.Benchmarks.Json;
using Bce.Runtime;
using Bce.Runtime.Credentials;
using Bce.Testing;
using Bce.Vpc.PeerConnections;
using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Http;
using Refit;

namespace Bce.Benchmarks.EndToEnd;

/// <summary>
/// One GetPeerConnDetail call over loopback HTTP/1.1 against a Kestrel stub in the same process, through three
/// clients: the generated <see cref="PeerConnClient"/> (runtime pipeline: Polly retry and timeouts, signing, error
/// mapping, generated JSON reader), a Refit interface with a signing DelegatingHandler, and the baseline, a raw
/// HttpClient with the same handler and <c>HttpClient.GetFromJsonAsync</c>. Refit and the baseline read JSON with
/// the source-generated System.Text.Json context, so they differ only in the plumbing. Client and server share the
/// machine's cores, so iterations vary a lot; Median and Min show it.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[MinColumn]
public class GetPeerConnDetailBenchmarks
{
    private const string PeerConnId = "peerconn-srbvvxm0007";

    private static readonly BceCredentials Credentials = new("a0c3e1b7f2d94c8e9b1a2f3c4d5e6f70", "0f1e2d3c4b5a69788796a5b4c3d2e1f0");

    private LoopbackServer _server = null!;
    private PeerConnClient _generated = null!;
    private HttpClient _refitHttpClient = null!;
    private IPeerConnApi _refit = null!;
    private HttpClient _raw = null!;
    private readonly GetPeerConnDetailRequest _request = new() { PeerConnId = PeerConnId, Role = PeerConnRole.Initiator };

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _server = (await LoopbackServer.StartAsync(recordRequests: false)).Otherwise((context, _) => PeerConnDetailAnswer.WriteAsync(context, Payloads.PeerConnJson));
        _generated = new PeerConnClient(Credentials, new BceClientOptions { Endpoint = _server.BaseUri });
        _refitHttpClient = CreateSigningHttpClient();
        _refit = RestService.For<IPeerConnApi>(
            _refitHttpClient,
            new RefitSettings(new SystemTextJsonContentSerializer(PocoJsonContext.Default.Options)));
        _raw = CreateSigningHttpClient();

        // Each client must really have made the call and read the same connection.
        var ids = new[] { (await GeneratedClient()).PeerConnId, (await RefitInterface()).PeerConnId, (await RawHttpClient())?.PeerConnId };
        if (ids.Any(id => id != PeerConnId))
        {
            throw new InvalidOperationException("A client did not read the expected peer connection: " + string.Join(", ", ids));
        }
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        _generated.Dispose();
        _refitHttpClient.Dispose();
        _raw.Dispose();
        await _server.DisposeAsync();
    }

    [Benchmark(Baseline = true)]
    public Task<PeerConnPoco?> RawHttpClient() =>
        _raw.GetFromJsonAsync("/v1/peerconn/" + PeerConnId + "?role=initiator", PocoJsonContext.Default.PeerConnPoco);

    [Benchmark]
    public Task<PeerConnPoco> RefitInterface() => _refit.GetPeerConnDetailAsync(PeerConnId, "initiator");

    [Benchmark]
    public async Task<PeerConn> GeneratedClient() => (await _generated.GetPeerConnDetailAsync(_request)).Value;

    private HttpClient CreateSigningHttpClient()
    {
        // The same connection settings the runtime's own transport uses.
        var transport = new SocketsHttpHandler
        {
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(1),
            AllowAutoRedirect = false,
            UseCookies = false,
        };
        return new HttpClient(new BceSigningHandler(Credentials, transport)) { BaseAddress = _server.BaseUri };
    }
}
