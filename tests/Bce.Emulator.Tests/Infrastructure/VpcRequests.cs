using System.Text.Json;

namespace Bce.Emulator.Tests.Infrastructure;

/// <summary>Short helpers for the VPC, subnet and reserved-CIDR operations, over <see cref="BceTestClient.SendAsync"/>.</summary>
public static class VpcRequests
{
    public static Task<HttpResponseMessage> CreateVpcAsync(this BceTestClient client, object body, string? clientToken = null) =>
        client.SendAsync(HttpMethod.Post, "/v1/vpc" + Token("?", clientToken), Json(body));

    /// <summary>Creates a VPC and returns its id, failing the test on anything but 200.</summary>
    public static async Task<string> CreateVpcOkAsync(this BceTestClient client, string cidr = "192.168.0.0/16", string name = "test_vpc", string? clientToken = null)
    {
        using var response = await client.CreateVpcAsync(Bodies.Vpc(cidr, name), clientToken);
        return (await response.ShouldBeJsonAsync()).GetProperty("vpcId").GetString()!;
    }

    public static Task<HttpResponseMessage> GetVpcAsync(this BceTestClient client, string vpcId) =>
        client.SendAsync(HttpMethod.Get, $"/v1/vpc/{vpcId}");

    /// <summary>GetVpcDetail's <c>vpc</c> object.</summary>
    public static async Task<JsonElement> GetVpcOkAsync(this BceTestClient client, string vpcId)
    {
        using var response = await client.GetVpcAsync(vpcId);
        return (await response.ShouldBeJsonAsync()).GetProperty("vpc");
    }

    public static Task<HttpResponseMessage> ListVpcsAsync(this BceTestClient client, string query = "") =>
        client.SendAsync(HttpMethod.Get, "/v1/vpc" + (query.Length > 0 ? "?" + query : string.Empty));

    public static async Task<JsonElement> ListVpcsOkAsync(this BceTestClient client, string query = "")
    {
        using var response = await client.ListVpcsAsync(query);
        return await response.ShouldBeJsonAsync();
    }

    public static Task<HttpResponseMessage> UpdateVpcAsync(this BceTestClient client, string vpcId, object body, string query = "modifyAttribute", string? ifMatch = null) =>
        client.SendAsync(HttpMethod.Put, $"/v1/vpc/{vpcId}" + (query.Length > 0 ? "?" + query : string.Empty), Json(body), IfMatch(ifMatch));

    public static Task<HttpResponseMessage> DeleteVpcAsync(this BceTestClient client, string vpcId, string? clientToken = null, string? ifMatch = null) =>
        client.SendAsync(HttpMethod.Delete, $"/v1/vpc/{vpcId}" + Token("?", clientToken), beforeSigning: IfMatch(ifMatch));

    public static Task<HttpResponseMessage> CreateSubnetAsync(this BceTestClient client, object body, string? clientToken = null) =>
        client.SendAsync(HttpMethod.Post, "/v1/subnet" + Token("?", clientToken), Json(body));

    /// <summary>Creates a subnet and returns its id, failing the test on anything but 200.</summary>
    public static async Task<string> CreateSubnetOkAsync(this BceTestClient client, string vpcId, string cidr, string zoneName = "cn-bj-a")
    {
        using var response = await client.CreateSubnetAsync(Bodies.Subnet(vpcId, cidr, zoneName));
        return (await response.ShouldBeJsonAsync()).GetProperty("subnetId").GetString()!;
    }

    public static Task<HttpResponseMessage> GetSubnetAsync(this BceTestClient client, string subnetId) =>
        client.SendAsync(HttpMethod.Get, $"/v1/subnet/{subnetId}");

    /// <summary>GetSubnetDetail's <c>subnet</c> object.</summary>
    public static async Task<JsonElement> GetSubnetOkAsync(this BceTestClient client, string subnetId)
    {
        using var response = await client.GetSubnetAsync(subnetId);
        return (await response.ShouldBeJsonAsync()).GetProperty("subnet");
    }

    public static async Task<JsonElement> ListSubnetsOkAsync(this BceTestClient client, string query = "")
    {
        using var response = await client.SendAsync(HttpMethod.Get, "/v1/subnet" + (query.Length > 0 ? "?" + query : string.Empty));
        return await response.ShouldBeJsonAsync();
    }

    public static Task<HttpResponseMessage> UpdateSubnetAsync(this BceTestClient client, string subnetId, object body, string query = "modifyAttribute", string? ifMatch = null) =>
        client.SendAsync(HttpMethod.Put, $"/v1/subnet/{subnetId}" + (query.Length > 0 ? "?" + query : string.Empty), Json(body), IfMatch(ifMatch));

    public static Task<HttpResponseMessage> DeleteSubnetAsync(this BceTestClient client, string subnetId, string? clientToken = null, string? ifMatch = null) =>
        client.SendAsync(HttpMethod.Delete, $"/v1/subnet/{subnetId}" + Token("?", clientToken), beforeSigning: IfMatch(ifMatch));

    public static Task<HttpResponseMessage> CreateIpReserveAsync(this BceTestClient client, string subnetId, string ipCidr, int ipVersion = 4, string description = "") =>
        client.SendAsync(HttpMethod.Post, "/v1/subnet/ipreserve", Json(new { subnetId, ipCidr, ipVersion, description }));

    /// <summary>Reserves a CIDR and returns its id, failing the test on anything but 200.</summary>
    public static async Task<string> CreateIpReserveOkAsync(this BceTestClient client, string subnetId, string ipCidr, int ipVersion = 4)
    {
        using var response = await client.CreateIpReserveAsync(subnetId, ipCidr, ipVersion);
        return (await response.ShouldBeJsonAsync()).GetProperty("ipReserveId").GetString()!;
    }

    public static async Task<JsonElement> ListIpReservesOkAsync(this BceTestClient client, string query = "")
    {
        using var response = await client.SendAsync(HttpMethod.Get, "/v1/subnet/ipreserve" + (query.Length > 0 ? "?" + query : string.Empty));
        return await response.ShouldBeJsonAsync();
    }

    /// <summary>The ids of a list page's items.</summary>
    public static List<string> Ids(this JsonElement page, string items, string idField) =>
        page.GetProperty(items).EnumerateArray().Select(i => i.GetProperty(idField).GetString()!).ToList();

    private static string Json(object body) => body as string ?? JsonSerializer.Serialize(body);

    private static Action<HttpRequestMessage>? IfMatch(string? etag) =>
        etag is null ? null : r => r.Headers.TryAddWithoutValidation("If-Match", etag);

    private static string Token(string separator, string? clientToken) =>
        clientToken is null ? string.Empty : $"{separator}clientToken={clientToken}";
}
