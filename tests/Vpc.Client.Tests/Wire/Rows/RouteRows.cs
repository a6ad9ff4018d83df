using Bce.Vpc.RouteTables;
using static Vpc.Client.Tests.Wire.WireRow;

namespace Vpc.Client.Tests.Wire.Rows;

/// <summary>route.go (spec/reference/vpc-operations.md section 3): 6 operations.</summary>
internal static class RouteRows
{
    private const string Rule = "rr-rbn5yyz6rtn8";

    public static IEnumerable<WireRow> All { get; } =
    [
        new("GetRouteTableDetail", c => c.RouteTable.GetRouteTableDetailAsync(new GetRouteTableDetailRequest { RouteTableId = "rt-1", VpcId = "vpc-1" }),
            "GET", "/v1/route", "?routeTableId=rt-1&vpcId=vpc-1", null, """{"routeTableId":"rt-1","routeRules":[]}"""),
        // CreateRouteRuleArgs in Go field order; nexthopType is sent because it is set (spec: omitted when unset).
        new("CreateRouteRule", c => c.RouteTable.CreateRouteRuleAsync(new CreateRouteRuleRequest
            {
                RouteTableId = "rt-1", SourceAddress = "192.168.0.0/24", DestinationAddress = "0.0.0.0/0", NexthopId = "i-1",
                IpVersion = "4", NexthopType = NexthopType.Custom, Description = "d", ClientToken = Token,
            }),
            "POST", "/v1/route/rule", "?" + TokenQuery,
            """{"routeTableId":"rt-1","sourceAddress":"192.168.0.0/24","destinationAddress":"0.0.0.0/0","nexthopId":"i-1","ipVersion":"4","nexthopType":"custom","description":"d"}""",
            $$"""{"routeRuleId":"{{Rule}}"}"""),
        // Multi-path: nextHopList with pathType, as Go's test does.
        new("CreateRouteRule.MultiPath", c => c.RouteTable.CreateRouteRuleAsync(new CreateRouteRuleRequest
            {
                RouteTableId = "rt-1", SourceAddress = "0.0.0.0/0", DestinationAddress = "10.0.0.0/8",
                NextHopList =
                [
                    new NextHop { NexthopId = "dcgw-1", NexthopType = NexthopType.DcGateway, PathType = "ha:active" },
                    new NextHop { NexthopId = "dcgw-2", NexthopType = NexthopType.DcGateway, PathType = "ha:standby" },
                ],
                ClientToken = Token,
            }),
            "POST", "/v1/route/rule", "?" + TokenQuery,
            """{"routeTableId":"rt-1","sourceAddress":"0.0.0.0/0","destinationAddress":"10.0.0.0/8","nextHopList":[{"nexthopId":"dcgw-1","nexthopType":"dcGateway","pathType":"ha:active"},{"nexthopId":"dcgw-2","nexthopType":"dcGateway","pathType":"ha:standby"}]}""",
            """{"routeRuleIds":["rr-1","rr-2"]}"""),
        new("DeleteRouteRule", c => c.RouteTable.DeleteRouteRuleAsync(new DeleteRouteRuleRequest { RouteRuleId = Rule, ClientToken = Token }),
            "DELETE", $"/v1/route/rule/{Rule}", "?" + TokenQuery, null),
        // Section 12 item 1: the bare ?switchRouteHA flag the API reference requires (Go drops it).
        new("SwitchRoute", c => c.RouteTable.SwitchRouteAsync(new SwitchRouteRequest { RouteRuleId = Rule, ClientToken = Token }),
            "PUT", $"/v1/route/rule/{Rule}", "?switchRouteHA&" + TokenQuery, null),
        // GetRouteRuleDetail in Go: a paged list.
        new("ListRouteRules", c => c.RouteTable.ListRouteRulesAsync(new ListRouteRulesRequest { RouteTableId = "rt-1", VpcId = "vpc-1", Marker = "rr-0", MaxKeys = 50 }),
            "GET", "/v1/route/rule", "?routeTableId=rt-1&vpcId=vpc-1&marker=rr-0&maxKeys=50", null, """{"routeRules":[],"isTruncated":false}"""),
        // The rule id travels in the path only (spec/vpc/README: one member cannot fill both; Go repeats it in the body).
        new("UpdateRouteRule", c => c.RouteTable.UpdateRouteRuleAsync(new UpdateRouteRuleRequest
            {
                RouteRuleId = Rule, SourceAddress = "192.168.1.0/24", DestinationAddress = "0.0.0.0/0", NexthopId = "i-2", Description = "d2", ClientToken = Token,
            }),
            "PUT", $"/v1/route/rule/{Rule}", "?" + TokenQuery,
            """{"sourceAddress":"192.168.1.0/24","destinationAddress":"0.0.0.0/0","nexthopId":"i-2","description":"d2"}"""),
    ];
}
