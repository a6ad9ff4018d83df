using Bce.Emulator.Auth;
using Bce.Emulator.Wire;
using Microsoft.AspNetCore.Http;

namespace Bce.Emulator.Hosting;

/// <summary>An authenticated request, as handlers see it.</summary>
/// <param name="Http">The underlying HTTP context.</param>
/// <param name="Operation">The operation name (one of <see cref="OperationNames"/>).</param>
/// <param name="Caller">Who sent it.</param>
/// <param name="Query">The query as received.</param>
/// <param name="Body">The whole request body.</param>
internal sealed record EmulatorRequest(HttpContext Http, string Operation, Caller Caller, QueryParameters Query, ReadOnlyMemory<byte> Body)
{
    /// <summary>The <c>{peerConnId}</c> route value.</summary>
    public string PeerConnId => Route("peerConnId");

    /// <summary>A route value such as <c>{vpcId}</c>; empty when the route has none.</summary>
    public string Route(string name) => Http.Request.RouteValues[name] as string ?? string.Empty;

    /// <summary>The <c>If-Match</c> header, if any.</summary>
    public string? IfMatch => Http.Request.Headers.IfMatch is { Count: > 0 } values ? values.ToString() : null;
}
