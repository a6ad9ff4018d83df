using Bce.Vpc.Ipv6Gateways;
using static Vpc.Client.Tests.Wire.WireRow;

namespace Vpc.Client.Tests.Wire.Rows;

/// <summary>ipv6gateway.go (spec/reference/vpc-operations.md section 6): 12 operations, under /v1/IPv6Gateway as written.</summary>
internal static class Ipv6GatewayRows
{
    private const string Gateway = "gw-5af4eb65";
    private const string Base = "/v1/IPv6Gateway";

    public static IEnumerable<WireRow> All { get; } =
    [
        new("CreateIpv6Gateway", c => c.Ipv6Gateway.CreateIpv6GatewayAsync(new CreateIpv6GatewayRequest
            {
                Name = "gw", VpcId = "vpc-1", BandwidthInMbps = 10,
                Billing = new Billing { PaymentTiming = PaymentTiming.Postpaid },
                Tags = [new Tag { TagKey = "k", TagValue = "v" }], ResourceGroupId = "rg-1", DeleteProtect = true,
                ClientToken = Token,
            }),
            "POST", Base, "?" + TokenQuery,
            """{"name":"gw","vpcId":"vpc-1","bandwidthInMbps":10,"billing":{"paymentTiming":"Postpaid"},"tags":[{"tagKey":"k","tagValue":"v"}],"resourceGroupId":"rg-1","deleteProtect":true}""",
            $$"""{"gatewayId":"{{Gateway}}"}"""),
        // ListIPv6Gateway in Go: vpcId always sent, one gateway answered.
        new("GetIpv6Gateway", c => c.Ipv6Gateway.GetIpv6GatewayAsync(new GetIpv6GatewayRequest { VpcId = "vpc-1" }),
            "GET", Base, "?vpcId=vpc-1", null, $$"""{"gatewayId":"{{Gateway}}","vpcId":"vpc-1"}"""),
        new("DeleteIpv6Gateway", c => c.Ipv6Gateway.DeleteIpv6GatewayAsync(new DeleteIpv6GatewayRequest { GatewayId = Gateway, ClientToken = Token }),
            "DELETE", $"{Base}/{Gateway}", "?" + TokenQuery, null),
        new("ResizeIpv6Gateway", c => c.Ipv6Gateway.ResizeIpv6GatewayAsync(new ResizeIpv6GatewayRequest { GatewayId = Gateway, BandwidthInMbps = 20, ClientToken = Token }),
            "PUT", $"{Base}/{Gateway}", "?resize&" + TokenQuery, """{"bandwidthInMbps":20}"""),
        new("CreateIpv6GatewayEgressOnlyRule", c => c.Ipv6Gateway.CreateIpv6GatewayEgressOnlyRuleAsync(new CreateIpv6GatewayEgressOnlyRuleRequest
            {
                GatewayId = Gateway, Cidr = "2400:da00:e003:0:1eb:200::/88", ClientToken = Token,
            }),
            "POST", $"{Base}/{Gateway}/egressOnlyRule", "?" + TokenQuery, """{"cidr":"2400:da00:e003:0:1eb:200::/88"}""",
            """{"egressOnlyRuleId":"ipv6_egress-1"}"""),
        new("ListIpv6GatewayEgressOnlyRules", c => c.Ipv6Gateway.ListIpv6GatewayEgressOnlyRulesAsync(new ListIpv6GatewayEgressOnlyRulesRequest
            {
                GatewayId = Gateway, Marker = "m", MaxKeys = 100,
            }),
            "GET", $"{Base}/{Gateway}/egressOnlyRule", "?marker=m&maxKeys=100", null, """{"egressOnlyRules":[],"isTruncated":false}"""),
        new("DeleteIpv6GatewayEgressOnlyRule", c => c.Ipv6Gateway.DeleteIpv6GatewayEgressOnlyRuleAsync(new DeleteIpv6GatewayEgressOnlyRuleRequest
            {
                GatewayId = Gateway, EgressOnlyRuleId = "ipv6_egress-1", ClientToken = Token,
            }),
            "DELETE", $"{Base}/{Gateway}/egressOnlyRule/ipv6_egress-1", "?" + TokenQuery, null),
        new("CreateIpv6GatewayRateLimitRule", c => c.Ipv6Gateway.CreateIpv6GatewayRateLimitRuleAsync(new CreateIpv6GatewayRateLimitRuleRequest
            {
                GatewayId = Gateway, Ipv6Address = "2400:da00:e003:0:15f::", IngressBandwidthInMbps = 5, EgressBandwidthInMbps = 6, ClientToken = Token,
            }),
            "POST", $"{Base}/{Gateway}/rateLimitRule", "?" + TokenQuery,
            """{"ipv6Address":"2400:da00:e003:0:15f::","ingressBandwidthInMbps":5,"egressBandwidthInMbps":6}""",
            """{"rateLimitRuleId":"ipv6_qos-0b56ec38"}"""),
        new("ListIpv6GatewayRateLimitRules", c => c.Ipv6Gateway.ListIpv6GatewayRateLimitRulesAsync(new ListIpv6GatewayRateLimitRulesRequest
            {
                GatewayId = Gateway, Marker = "m", MaxKeys = 100,
            }),
            "GET", $"{Base}/{Gateway}/rateLimitRule", "?marker=m&maxKeys=100", null, """{"rateLimitRules":[],"isTruncated":false}"""),
        new("DeleteIpv6GatewayRateLimitRule", c => c.Ipv6Gateway.DeleteIpv6GatewayRateLimitRuleAsync(new DeleteIpv6GatewayRateLimitRuleRequest
            {
                GatewayId = Gateway, RateLimitRuleId = "ipv6_qos-0b56ec38", ClientToken = Token,
            }),
            "DELETE", $"{Base}/{Gateway}/rateLimitRule/ipv6_qos-0b56ec38", "?" + TokenQuery, null),
        // Both limits are *int with omitempty in Go: only the one set is sent.
        new("UpdateIpv6GatewayRateLimitRule", c => c.Ipv6Gateway.UpdateIpv6GatewayRateLimitRuleAsync(new UpdateIpv6GatewayRateLimitRuleRequest
            {
                GatewayId = Gateway, RateLimitRuleId = "ipv6_qos-0b56ec38", EgressBandwidthInMbps = 7, ClientToken = Token,
            }),
            "PUT", $"{Base}/{Gateway}/rateLimitRule/ipv6_qos-0b56ec38", "?" + TokenQuery, """{"egressBandwidthInMbps":7}"""),
        // deleteProtect has no omitempty: false is sent.
        new("UpdateIpv6GatewayDeleteProtect", c => c.Ipv6Gateway.UpdateIpv6GatewayDeleteProtectAsync(new UpdateIpv6GatewayDeleteProtectRequest
            {
                GatewayId = Gateway, DeleteProtect = false, ClientToken = Token,
            }),
            "PUT", $"{Base}/{Gateway}/deleteProtect", "?" + TokenQuery, """{"deleteProtect":false}"""),
    ];
}
