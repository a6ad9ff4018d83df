using Bce.Emulator.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Bce.Emulator.Sts;

/// <summary>Maps STS <c>POST /v1/sessionToken</c> (served on the same address as PeerConn).</summary>
internal static class SessionTokenEndpoint
{
    public static void Map(IEndpointRouteBuilder routes, RequestPipeline pipeline, SessionTokenIssuer issuer) =>
        routes.MapPost(
            "/v1/sessionToken",
            context => pipeline.RunAsync(context, OperationNames.GetSessionToken, r => issuer.Issue(r.Caller, r.Query, r.Body)));
}
