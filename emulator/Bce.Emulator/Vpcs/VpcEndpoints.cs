using System.Buffers.Binary;
using System.Net;
using Bce.Emulator.Hosting;
using Bce.Emulator.Vpcs.Bodies;
using Bce.Emulator.Wire;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Bce.Emulator.Vpcs;

/// <summary>
/// The HTTP face of vpc.go and subnet.go: routes, query parameters and bodies in, <see cref="ApiResult"/> out. The
/// rules live in <see cref="VpcService"/>. Literal segments (<c>/vpc/openRelay/…</c>, <c>/subnet/ipreserve</c>) take
/// precedence over <c>{vpcId}</c> and <c>{subnetId}</c> in ASP.NET Core routing, as the real service needs.
/// </summary>
internal sealed class VpcEndpoints
{
    private const int MaxPrivateIpAddresses = 100;

    private readonly VpcService _service;
    private readonly RequestPipeline _pipeline;

    public VpcEndpoints(VpcService service, RequestPipeline pipeline)
    {
        _service = service;
        _pipeline = pipeline;
    }

    /// <summary>Maps every VPC, subnet and reserved-CIDR route.</summary>
    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapPost("/v1/vpc", Run(OperationNames.CreateVpc, CreateVpc));
        routes.MapGet("/v1/vpc", Run(OperationNames.ListVpcs, ListVpcs));
        routes.MapGet("/v1/vpc/{vpcId}", Run(OperationNames.GetVpcDetail, GetVpcDetail));
        routes.MapPut("/v1/vpc/{vpcId}", Run(OperationNames.UpdateVpc, UpdateVpc));
        routes.MapDelete("/v1/vpc/{vpcId}", Run(OperationNames.DeleteVpc, DeleteVpc));
        routes.MapGet("/v1/vpc/{vpcId}/privateIpAddressInfo", Run(OperationNames.GetPrivateIpAddressesInfo, GetPrivateIpAddressesInfo));
        routes.MapPost("/v1/vpc/{vpcId}/dhcp", Run(OperationNames.CreateVpcDhcp, CreateDhcp));
        routes.MapPut("/v1/vpc/{vpcId}/dhcp", Run(OperationNames.UpdateVpcDhcp, UpdateDhcp));
        routes.MapGet("/v1/vpc/{vpcId}/dhcp", Run(OperationNames.GetVpcDhcpInfo, GetDhcp));
        routes.MapPut("/v1/vpc/openRelay/{vpcId}", Run(OperationNames.OpenVpcRelay, r => SetRelay(r, open: true)));
        routes.MapPut("/v1/vpc/shutdownRelay/{vpcId}", Run(OperationNames.ShutdownVpcRelay, r => SetRelay(r, open: false)));
        routes.MapGet("/v1/vpc/resourceIp", NotEmulated("GetResourceIp (GET /v1/vpc/resourceIp)"));
        routes.MapGet("/v1/vpc/topology", NotEmulated("GetNetworkTopologyInfo (GET /v1/vpc/topology)"));

        routes.MapPost("/v1/subnet", Run(OperationNames.CreateSubnet, CreateSubnet));
        routes.MapGet("/v1/subnet", Run(OperationNames.ListSubnets, ListSubnets));
        routes.MapGet("/v1/subnet/{subnetId}", Run(OperationNames.GetSubnetDetail, GetSubnetDetail));
        routes.MapPut("/v1/subnet/{subnetId}", Run(OperationNames.UpdateSubnet, UpdateSubnet));
        routes.MapDelete("/v1/subnet/{subnetId}", Run(OperationNames.DeleteSubnet, DeleteSubnet));
        routes.MapPost("/v1/subnet/ipreserve", Run(OperationNames.CreateIpReserve, CreateIpReserve));
        routes.MapGet("/v1/subnet/ipreserve", Run(OperationNames.ListIpReserves, ListIpReserves));
        routes.MapDelete("/v1/subnet/ipreserve/{ipReserveId}", Run(OperationNames.DeleteIpReserve, DeleteIpReserve));
    }

    private RequestDelegate Run(string operation, Func<EmulatorRequest, ApiResult> handler) =>
        context => _pipeline.RunAsync(context, operation, handler);

    /// <summary>Answered before authentication: nothing behind the route is emulated.</summary>
    private static RequestDelegate NotEmulated(string what) =>
        context => ResponseWriter.WriteErrorAsync(context, ApiErrors.NotImplemented(what));

    private ApiResult CreateVpc(EmulatorRequest request) =>
        ApiResult.Json(VpcJson.CreateVpcResult(_service.CreateVpc(request.Caller, CreateVpcBody.Parse(request.Body))));

    private ApiResult ListVpcs(EmulatorRequest request)
    {
        var page = _service.ListVpcs(
            request.Caller,
            IdSet(request.Query.Get("vpcIds")),
            ParseIsDefault(request.Query.Get("isDefault")),
            NullIfEmpty(request.Query.Get("marker")),
            MaxKeys.Parse(request.Query.Get("maxKeys")));
        return ApiResult.Json(VpcJson.VpcList(page));
    }

    private ApiResult GetVpcDetail(EmulatorRequest request)
    {
        var (body, etag) = VpcJson.VpcDetail(_service.GetVpcDetail(request.Caller, request.Route("vpcId")));
        return ApiResult.Json(body, etag);
    }

    private ApiResult UpdateVpc(EmulatorRequest request)
    {
        RequireModifyAttribute(request, "UpdateVpc");
        _service.UpdateVpc(request.Caller, request.Route("vpcId"), UpdateVpcBody.Parse(request.Body), request.IfMatch);
        return ApiResult.EmptyOk;
    }

    private ApiResult DeleteVpc(EmulatorRequest request)
    {
        _service.DeleteVpc(request.Caller, request.Route("vpcId"), request.IfMatch);
        return ApiResult.EmptyOk;
    }

    private ApiResult GetPrivateIpAddressesInfo(EmulatorRequest request)
    {
        CheckPrivateIpQuery(request.Query);
        _service.RequireVpc(request.Caller, request.Route("vpcId"));
        return ApiResult.Json(VpcJson.PrivateIpAddresses());
    }

    private ApiResult CreateDhcp(EmulatorRequest request)
    {
        _service.CreateDhcp(request.Caller, request.Route("vpcId"), VpcDhcpBody.Parse(request.Body, allowEmpty: false));
        return ApiResult.EmptyOk;
    }

    private ApiResult UpdateDhcp(EmulatorRequest request)
    {
        _service.UpdateDhcp(request.Caller, request.Route("vpcId"), VpcDhcpBody.Parse(request.Body, allowEmpty: true));
        return ApiResult.EmptyOk;
    }

    private ApiResult GetDhcp(EmulatorRequest request)
    {
        var vpcId = request.Route("vpcId");
        return ApiResult.Json(VpcJson.DhcpInfo(vpcId, _service.GetDhcp(request.Caller, vpcId)));
    }

    private ApiResult SetRelay(EmulatorRequest request, bool open)
    {
        _service.SetRelay(request.Caller, request.Route("vpcId"), open, request.IfMatch);
        return ApiResult.EmptyOk;
    }

    private ApiResult CreateSubnet(EmulatorRequest request) =>
        ApiResult.Json(VpcJson.CreateSubnetResult(_service.CreateSubnet(request.Caller, CreateSubnetBody.Parse(request.Body))));

    private ApiResult ListSubnets(EmulatorRequest request)
    {
        var subnetType = NullIfEmpty(request.Query.Get("subnetType"));
        if (subnetType is not null && !SubnetTypes.IsValid(subnetType))
        {
            throw ApiErrors.InvalidHttpRequest($"subnetType must be one of {string.Join(", ", SubnetTypes.All)}, not '{subnetType}'.");
        }

        var filter = new SubnetFilter(
            NullIfEmpty(request.Query.Get("vpcId")),
            NullIfEmpty(request.Query.Get("zoneName")),
            IdSet(request.Query.Get("subnetIds")),
            subnetType);
        var page = _service.ListSubnets(request.Caller, filter, NullIfEmpty(request.Query.Get("marker")), MaxKeys.Parse(request.Query.Get("maxKeys")));
        return ApiResult.Json(VpcJson.SubnetList(page));
    }

    private ApiResult GetSubnetDetail(EmulatorRequest request)
    {
        var (body, etag) = VpcJson.SubnetDetail(_service.GetSubnetDetail(request.Caller, request.Route("subnetId")));
        return ApiResult.Json(body, etag);
    }

    private ApiResult UpdateSubnet(EmulatorRequest request)
    {
        RequireModifyAttribute(request, "UpdateSubnet");
        _service.UpdateSubnet(request.Caller, request.Route("subnetId"), UpdateSubnetBody.Parse(request.Body), request.IfMatch);
        return ApiResult.EmptyOk;
    }

    private ApiResult DeleteSubnet(EmulatorRequest request)
    {
        _service.DeleteSubnet(request.Caller, request.Route("subnetId"), request.IfMatch);
        return ApiResult.EmptyOk;
    }

    private ApiResult CreateIpReserve(EmulatorRequest request) =>
        ApiResult.Json(VpcJson.CreateIpReserveResult(_service.CreateIpReserve(request.Caller, CreateIpReserveBody.Parse(request.Body))));

    private ApiResult ListIpReserves(EmulatorRequest request)
    {
        var page = _service.ListIpReserves(
            request.Caller,
            NullIfEmpty(request.Query.Get("subnetId")),
            NullIfEmpty(request.Query.Get("marker")),
            MaxKeys.Parse(request.Query.Get("maxKeys")));
        return ApiResult.Json(VpcJson.IpReserveList(page));
    }

    private ApiResult DeleteIpReserve(EmulatorRequest request)
    {
        _service.DeleteIpReserve(request.Caller, request.Route("ipReserveId"));
        return ApiResult.EmptyOk;
    }

    /// <summary>UpdateVpc and UpdateSubnet name their action with the bare flag <c>?modifyAttribute</c> (Go always sends it).</summary>
    private static void RequireModifyAttribute(EmulatorRequest request, string operation)
    {
        if (!request.Query.Has("modifyAttribute"))
        {
            throw ApiErrors.InvalidHttpRequest($"{operation} needs the action flag ?modifyAttribute.");
        }
    }

    /// <summary><c>isDefault</c>: <c>true</c> or <c>false</c> in any case; absent or empty means no filter.</summary>
    private static bool? ParseIsDefault(string? text) => text switch
    {
        null or "" => null,
        _ when bool.TryParse(text, out var value) => value,
        _ => throw ApiErrors.InvalidHttpRequest($"isDefault must be true or false, not '{text}'."),
    };

    /// <summary>A caller-joined id list (<c>vpcIds</c>, <c>subnetIds</c>): comma-separated; absent or empty means no filter.</summary>
    private static HashSet<string>? IdSet(string? text)
    {
        var ids = (text ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return ids.Length == 0 ? null : new HashSet<string>(ids, StringComparer.Ordinal);
    }

    /// <summary>
    /// <c>privateIpAddresses</c> (comma-joined, or repeated — vpc-operations.md §12.3 — at most 100 in all) must be IPv4
    /// addresses, and <c>privateIpRange</c> <c>a.b.c.d-a.b.c.e</c> with the first not above the second.
    /// </summary>
    private static void CheckPrivateIpQuery(QueryParameters query)
    {
        var addresses = query.Pairs
            .Where(p => p.Key == "privateIpAddresses")
            .SelectMany(p => p.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToList();
        if (addresses.Count > MaxPrivateIpAddresses)
        {
            throw ApiErrors.InvalidHttpRequest($"privateIpAddresses may name at most {MaxPrivateIpAddresses} addresses.");
        }

        if (addresses.FirstOrDefault(a => Cidr.ParseIpv4Address(a) is null) is { } bad)
        {
            throw ApiErrors.InvalidHttpRequest($"privateIpAddresses holds '{bad}', which is not an IPv4 address.");
        }

        if (NullIfEmpty(query.Get("privateIpRange")) is not { } range)
        {
            return;
        }

        var ends = range.Split('-');
        var first = ends.Length == 2 ? Cidr.ParseIpv4Address(ends[0]) : null;
        var last = ends.Length == 2 ? Cidr.ParseIpv4Address(ends[1]) : null;
        if (first is null || last is null || Number(first) > Number(last))
        {
            throw ApiErrors.InvalidHttpRequest($"privateIpRange must be FIRST-LAST with two IPv4 addresses in order, not '{range}'.");
        }
    }

    private static uint Number(IPAddress address) => BinaryPrimitives.ReadUInt32BigEndian(address.GetAddressBytes());

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
