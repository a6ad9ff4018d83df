using Bce.Benchmarks.Json;
using Refit;

namespace Bce.Benchmarks.EndToEnd;

/// <summary>The hand-written Refit interface for the one operation measured.</summary>
public interface IPeerConnApi
{
    [Get("/v1/peerconn/{peerConnId}")]
    Task<PeerConnPoco> GetPeerConnDetailAsync(string peerConnId, [Query] string? role, CancellationToken cancellationToken = default);
}
