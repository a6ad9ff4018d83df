using Bce.Emulator.Hosting;
using Bce.Emulator.PeerConns.Bodies;
using Bce.Emulator.Wire;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Bce.Emulator.PeerConns;

/// <summary>
/// The HTTP face of the PeerConn operations: routes, query parameters and bodies in, <see cref="ApiResult"/> out.
/// The rules live in <see cref="PeerConnService"/>.
/// </summary>
internal sealed class PeerConnEndpoints
{
    private readonly PeerConnService _service;
    private readonly RequestPipeline _pipeline;
    private readonly bool _notFoundAsEmptyBody;

    public PeerConnEndpoints(PeerConnService service, RequestPipeline pipeline, bool notFoundAsEmptyBody)
    {
        _service = service;
        _pipeline = pipeline;
        _notFoundAsEmptyBody = notFoundAsEmptyBody;
    }

    /// <summary>Maps every PeerConn route.</summary>
    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapPost("/v1/peerconn", Run(OperationNames.CreatePeerConn, Create));
        routes.MapGet("/v1/peerconn", Run(OperationNames.ListPeerConn, List));
        routes.MapGet("/v1/peerconn/{peerConnId}", Run(OperationNames.GetPeerConnDetail, GetDetail));
        routes.MapPut("/v1/peerconn/{peerConnId}", DispatchPutAsync);
        routes.MapDelete("/v1/peerconn/{peerConnId}", Run(OperationNames.DeletePeerConn, Delete));
        routes.MapPut("/v1/peerconn/{peerConnId}/deleteProtect", Run(OperationNames.UpdatePeerConnDeleteProtect, SetDeleteProtect));
    }

    private RequestDelegate Run(string operation, Func<EmulatorRequest, ApiResult> handler) =>
        context => _pipeline.RunAsync(context, operation, handler);

    private Task DispatchPutAsync(HttpContext context)
    {
        string operation;
        try
        {
            operation = PeerConnActions.Resolve(QueryParameters.From(context.Request));
        }
        catch (BceApiException e)
        {
            return ResponseWriter.WriteErrorAsync(context, e);
        }

        Func<EmulatorRequest, ApiResult> handler = operation switch
        {
            OperationNames.AcceptPeerConnApply => Accept,
            OperationNames.RejectPeerConnApply => Reject,
            OperationNames.ResizePeerConn => Resize,
            OperationNames.RenewPeerConn => Renew,
            OperationNames.OpenPeerConnSyncDns => r => SetDnsSync(r, open: true),
            OperationNames.ClosePeerConnSyncDns => r => SetDnsSync(r, open: false),
            OperationNames.RefundPeerConn => Refund,
            _ => Update,
        };
        return _pipeline.RunAsync(context, operation, handler);
    }

    private ApiResult Create(EmulatorRequest request)
    {
        var id = _service.Create(request.Caller, CreatePeerConnBody.Parse(request.Body));
        return ApiResult.Json(PeerConnJson.CreateResult(id));
    }

    private ApiResult List(EmulatorRequest request)
    {
        var maxKeys = MaxKeys.Parse(request.Query.Get("maxKeys"));
        var page = _service.List(
            request.Caller,
            NullIfEmpty(request.Query.Get("vpcId")),
            NullIfEmpty(request.Query.Get("marker")),
            maxKeys);
        return ApiResult.Json(PeerConnJson.ListResult(page));
    }

    private ApiResult GetDetail(EmulatorRequest request)
    {
        var role = NullIfEmpty(request.Query.Get("role"));
        if (role is not null && !PeerConnRole.IsValid(role))
        {
            throw InvalidRole(role);
        }

        if (_service.GetDetail(request.Caller, request.PeerConnId, role) is { } found)
        {
            return ApiResult.Json(PeerConnJson.Detail(found.View), found.ETag);
        }

        return _notFoundAsEmptyBody ? ApiResult.EmptyOk : throw ApiErrors.NoSuchObject(request.PeerConnId);
    }

    private ApiResult Update(EmulatorRequest request)
    {
        _service.Update(request.Caller, request.PeerConnId, UpdatePeerConnBody.Parse(request.Body), request.IfMatch);
        return ApiResult.EmptyOk;
    }

    private ApiResult Accept(EmulatorRequest request)
    {
        _service.Accept(request.Caller, request.PeerConnId, request.IfMatch);
        return ApiResult.EmptyOk;
    }

    private ApiResult Reject(EmulatorRequest request)
    {
        _service.Reject(request.Caller, request.PeerConnId, request.IfMatch);
        return ApiResult.EmptyOk;
    }

    private ApiResult Delete(EmulatorRequest request)
    {
        _service.Delete(request.Caller, request.PeerConnId, request.IfMatch);
        return ApiResult.EmptyOk;
    }

    private ApiResult Resize(EmulatorRequest request)
    {
        _service.Resize(request.Caller, request.PeerConnId, ResizePeerConnBody.Parse(request.Body), request.IfMatch);
        return ApiResult.EmptyOk;
    }

    private ApiResult Renew(EmulatorRequest request)
    {
        _service.Renew(request.Caller, request.PeerConnId, RenewPeerConnBody.Parse(request.Body), request.IfMatch);
        return ApiResult.EmptyOk;
    }

    private ApiResult SetDnsSync(EmulatorRequest request, bool open)
    {
        var role = request.Query.Get("role");
        if (string.IsNullOrEmpty(role))
        {
            throw ApiErrors.InvalidHttpRequest("The query parameter role (initiator or acceptor) is required.");
        }

        if (!PeerConnRole.IsValid(role))
        {
            throw InvalidRole(role);
        }

        _service.SetDnsSync(request.Caller, request.PeerConnId, role, open, request.IfMatch);
        return ApiResult.EmptyOk;
    }

    private ApiResult Refund(EmulatorRequest request)
    {
        _service.Refund(request.Caller, request.PeerConnId, request.IfMatch);
        return ApiResult.EmptyOk;
    }

    private ApiResult SetDeleteProtect(EmulatorRequest request)
    {
        _service.SetDeleteProtect(request.Caller, request.PeerConnId, DeleteProtectBody.Parse(request.Body), request.IfMatch);
        return ApiResult.EmptyOk;
    }

    private static BceApiException InvalidRole(string role) =>
        ApiErrors.InvalidHttpRequest($"role must be initiator or acceptor, not '{role}'.");

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
