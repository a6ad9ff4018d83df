using Bce.Vpc.NatGateways;
using static Vpc.Client.Tests.Wire.WireRow;

namespace Vpc.Client.Tests.Wire.Rows;

/// <summary>
/// nat.go (spec/reference/vpc-operations.md section 5): 24 Go functions, 20 spec operations (the three bind and the
/// three unbind variants are one operation each, one row per variant).
/// </summary>
internal static class NatRows
{
    private const string Nat = "nat-bir8biqwr45e";

    public static IEnumerable<WireRow> All { get; } =
    [
        // CreateNatGatewayArgs in Go field order; cuNum a JSON string (section 12 item 6).
        new("CreateNatGateway", c => c.NatGateway.CreateNatGatewayAsync(new CreateNatGatewayRequest
            {
                Name = "nat1", VpcId = "vpc-1", CuNum = 3, BindEips = ["100.88.1.1"],
                Billing = new Billing { PaymentTiming = PaymentTiming.Postpaid },
                Tags = [new Tag { TagKey = "k", TagValue = "v" }], ResourceGroupId = "rg-1",
                SessionConfig = new NatSessionConfig { IcmpTimeout = 10, UdpTimeout = 20, TcpTimeout = 30 },
                ClientToken = Token,
            }),
            "POST", "/v1/nat", "?" + TokenQuery,
            """{"name":"nat1","vpcId":"vpc-1","cuNum":"3","bindEips":["100.88.1.1"],"billing":{"paymentTiming":"Postpaid"},"tags":[{"tagKey":"k","tagValue":"v"}],"resourceGroupId":"rg-1","sessionConfig":{"icmpTimeout":10,"udpTimeout":20,"tcpTimeout":30}}""",
            $$"""{"natId":"{{Nat}}"}"""),
        new("CreateNatGateway.Ordinary", c => c.NatGateway.CreateNatGatewayAsync(new CreateNatGatewayRequest
            {
                Name = "nat2", VpcId = "vpc-1", Spec = NatGatewaySpec.Small, Eips = ["100.88.1.2"], DnatEips = ["100.88.1.3"],
                Billing = new Billing { PaymentTiming = PaymentTiming.Prepaid, Reservation = new Reservation { ReservationLength = 1, ReservationTimeUnit = "Month" } },
                ClientToken = Token,
            }),
            "POST", "/v1/nat", "?" + TokenQuery,
            """{"name":"nat2","vpcId":"vpc-1","spec":"small","eips":["100.88.1.2"],"dnatEips":["100.88.1.3"],"billing":{"paymentTiming":"Prepaid","reservation":{"reservationLength":1,"reservationTimeUnit":"Month"}}}""",
            $$"""{"natId":"{{Nat}}"}"""),
        new("ListNatGateways", c => c.NatGateway.ListNatGatewaysAsync(new ListNatGatewaysRequest
            {
                VpcId = "vpc-1", NatId = Nat, Name = "nat1", Ip = "100.88.1.1", Marker = "nat-0", MaxKeys = 10,
            }),
            "GET", "/v1/nat", $"?vpcId=vpc-1&natId={Nat}&name=nat1&ip=100.88.1.1&marker=nat-0&maxKeys=10", null, """{"nats":[],"isTruncated":false}"""),
        new("GetNatGatewayDetail", c => c.NatGateway.GetNatGatewayDetailAsync(new GetNatGatewayDetailRequest { NatId = Nat }),
            "GET", $"/v1/nat/{Nat}", "", null, $$"""{"id":"{{Nat}}","status":"active","cuNum":3}"""),
        // A flagless PUT on the gateway path.
        new("UpdateNatGateway", c => c.NatGateway.UpdateNatGatewayAsync(new UpdateNatGatewayRequest { NatId = Nat, Name = "nat3", ClientToken = Token }),
            "PUT", $"/v1/nat/{Nat}", "?" + TokenQuery, """{"name":"nat3"}"""),
        // Go BindEips, BindDnatEips, EnhanceNatBindEips: PUT ?bind, one list each.
        new("BindNatGatewayEips", c => c.NatGateway.BindNatGatewayEipsAsync(new BindNatGatewayEipsRequest { NatId = Nat, Eips = ["100.88.1.4"], ClientToken = Token }),
            "PUT", $"/v1/nat/{Nat}", "?bind&" + TokenQuery, """{"eips":["100.88.1.4"]}"""),
        new("BindNatGatewayEips.Dnat", c => c.NatGateway.BindNatGatewayEipsAsync(new BindNatGatewayEipsRequest { NatId = Nat, DnatEips = ["100.88.1.5"], ClientToken = Token }),
            "PUT", $"/v1/nat/{Nat}", "?bind&" + TokenQuery, """{"dnatEips":["100.88.1.5"]}"""),
        new("BindNatGatewayEips.Enhanced", c => c.NatGateway.BindNatGatewayEipsAsync(new BindNatGatewayEipsRequest { NatId = Nat, BindEips = ["100.88.1.6"], ClientToken = Token }),
            "PUT", $"/v1/nat/{Nat}", "?bind&" + TokenQuery, """{"bindEips":["100.88.1.6"]}"""),
        // Go UnBindEips, UnBindDnatEips, EnhanceNatUnBindEips: PUT ?unbind.
        new("UnbindNatGatewayEips", c => c.NatGateway.UnbindNatGatewayEipsAsync(new UnbindNatGatewayEipsRequest { NatId = Nat, Eips = ["100.88.1.4"], ClientToken = Token }),
            "PUT", $"/v1/nat/{Nat}", "?unbind&" + TokenQuery, """{"eips":["100.88.1.4"]}"""),
        new("UnbindNatGatewayEips.Dnat", c => c.NatGateway.UnbindNatGatewayEipsAsync(new UnbindNatGatewayEipsRequest { NatId = Nat, DnatEips = ["100.88.1.5"], ClientToken = Token }),
            "PUT", $"/v1/nat/{Nat}", "?unbind&" + TokenQuery, """{"dnatEips":["100.88.1.5"]}"""),
        new("UnbindNatGatewayEips.Enhanced", c => c.NatGateway.UnbindNatGatewayEipsAsync(new UnbindNatGatewayEipsRequest { NatId = Nat, BindEips = ["100.88.1.6"], ClientToken = Token }),
            "PUT", $"/v1/nat/{Nat}", "?unbind&" + TokenQuery, """{"bindEips":["100.88.1.6"]}"""),
        new("DeleteNatGateway", c => c.NatGateway.DeleteNatGatewayAsync(new DeleteNatGatewayRequest { NatId = Nat, ClientToken = Token }),
            "DELETE", $"/v1/nat/{Nat}", "?" + TokenQuery, null),
        new("RenewNatGateway", c => c.NatGateway.RenewNatGatewayAsync(new RenewNatGatewayRequest
            {
                NatId = Nat, Billing = new RenewBilling { Reservation = new Reservation { ReservationLength = 2, ReservationTimeUnit = "Month" } }, ClientToken = Token,
            }),
            "PUT", $"/v1/nat/{Nat}", "?purchaseReserved&" + TokenQuery, """{"billing":{"reservation":{"reservationLength":2,"reservationTimeUnit":"Month"}}}"""),
        new("CreateNatGatewaySnatRule", c => c.NatGateway.CreateNatGatewaySnatRuleAsync(new CreateNatGatewaySnatRuleRequest
            {
                NatId = Nat, RuleName = "snat1", SourceCIDR = "192.168.1.0/24", PublicIpsAddress = ["100.88.1.4"], ClientToken = Token,
            }),
            "POST", $"/v1/nat/{Nat}/snatRule", "?" + TokenQuery, """{"ruleName":"snat1","sourceCIDR":"192.168.1.0/24","publicIpsAddress":["100.88.1.4"]}""",
            """{"ruleId":"rule-1"}"""),
        // The batch path has no natId; it travels in the body.
        new("BatchCreateNatGatewaySnatRules", c => c.NatGateway.BatchCreateNatGatewaySnatRulesAsync(new BatchCreateNatGatewaySnatRulesRequest
            {
                NatId = Nat, SnatRules = [new SnatRuleInput { RuleName = "snat2", SourceCIDR = "192.168.2.0/24", PublicIpsAddress = ["100.88.1.4"] }], ClientToken = Token,
            }),
            "POST", "/v1/nat/snatRule/batchCreate", "?" + TokenQuery,
            $$"""{"natId":"{{Nat}}","snatRules":[{"ruleName":"snat2","sourceCIDR":"192.168.2.0/24","publicIpsAddress":["100.88.1.4"]}]}""",
            """{"snatRuleIds":["rule-2"]}"""),
        new("DeleteNatGatewaySnatRule", c => c.NatGateway.DeleteNatGatewaySnatRuleAsync(new DeleteNatGatewaySnatRuleRequest { NatId = Nat, SnatRuleId = "rule-1", ClientToken = Token }),
            "DELETE", $"/v1/nat/{Nat}/snatRule/rule-1", "?" + TokenQuery, null),
        new("UpdateNatGatewaySnatRule", c => c.NatGateway.UpdateNatGatewaySnatRuleAsync(new UpdateNatGatewaySnatRuleRequest
            {
                NatId = Nat, SnatRuleId = "rule-1", RuleName = "snat3", SourceCIDR = "192.168.3.0/24", PublicIpsAddress = ["100.88.1.4"], ClientToken = Token,
            }),
            "PUT", $"/v1/nat/{Nat}/snatRule/rule-1", "?" + TokenQuery, """{"ruleName":"snat3","sourceCIDR":"192.168.3.0/24","publicIpsAddress":["100.88.1.4"]}"""),
        new("ListNatGatewaySnatRules", c => c.NatGateway.ListNatGatewaySnatRulesAsync(new ListNatGatewaySnatRulesRequest { NatId = Nat, Marker = "rule-0", MaxKeys = 10 }),
            "GET", $"/v1/nat/{Nat}/snatRule", "?marker=rule-0&maxKeys=10", null, """{"rules":[],"isTruncated":false}"""),
        // DNAT ports are JSON strings in requests ("121"), numbers in answers.
        new("CreateNatGatewayDnatRule", c => c.NatGateway.CreateNatGatewayDnatRuleAsync(new CreateNatGatewayDnatRuleRequest
            {
                NatId = Nat, RuleName = "dnat1", PublicIpAddress = "100.88.1.5", PrivateIpAddress = "192.168.1.10", Protocol = "TCP",
                PublicPort = 121, PrivatePort = 122, ClientToken = Token,
            }),
            "POST", $"/v1/nat/{Nat}/dnatRule", "?" + TokenQuery,
            """{"ruleName":"dnat1","publicIpAddress":"100.88.1.5","privateIpAddress":"192.168.1.10","protocol":"TCP","publicPort":"121","privatePort":"122"}""",
            """{"ruleId":"rule-3"}"""),
        new("BatchCreateNatGatewayDnatRules", c => c.NatGateway.BatchCreateNatGatewayDnatRulesAsync(new BatchCreateNatGatewayDnatRulesRequest
            {
                NatId = Nat,
                Rules = [new DnatRuleInput { RuleName = "dnat2", PublicIpAddress = "100.88.1.5", PrivateIpAddress = "192.168.1.11", Protocol = "UDP", PublicPortRange = "80-90", PrivatePortRange = "80-90" }],
                ClientToken = Token,
            }),
            "POST", $"/v1/nat/{Nat}/dnatRule/batchCreate", "?" + TokenQuery,
            """{"rules":[{"ruleName":"dnat2","publicIpAddress":"100.88.1.5","privateIpAddress":"192.168.1.11","protocol":"UDP","publicPortRange":"80-90","privatePortRange":"80-90"}]}""",
            """{"ruleIds":["rule-4"]}"""),
        new("DeleteNatGatewayDnatRule", c => c.NatGateway.DeleteNatGatewayDnatRuleAsync(new DeleteNatGatewayDnatRuleRequest { NatId = Nat, DnatRuleId = "rule-3", ClientToken = Token }),
            "DELETE", $"/v1/nat/{Nat}/dnatRule/rule-3", "?" + TokenQuery, null),
        new("UpdateNatGatewayDnatRule", c => c.NatGateway.UpdateNatGatewayDnatRuleAsync(new UpdateNatGatewayDnatRuleRequest
            {
                NatId = Nat, DnatRuleId = "rule-3", RuleName = "dnat3", PublicPort = 8080, PrivatePort = 80, ClientToken = Token,
            }),
            "PUT", $"/v1/nat/{Nat}/dnatRule/rule-3", "?" + TokenQuery, """{"ruleName":"dnat3","publicPort":"8080","privatePort":"80"}"""),
        new("ListNatGatewayDnatRules", c => c.NatGateway.ListNatGatewayDnatRulesAsync(new ListNatGatewayDnatRulesRequest { NatId = Nat, MaxKeys = 1000 }),
            "GET", $"/v1/nat/{Nat}/dnatRule", "?maxKeys=1000", null, """{"rules":[{"ruleId":"rule-3","publicPort":8080}],"isTruncated":false}"""),
        // Section 12 item 2: the bare ?resize flag (Go sends resize=%20); cuNum a JSON number here.
        new("ResizeNatGateway", c => c.NatGateway.ResizeNatGatewayAsync(new ResizeNatGatewayRequest { NatId = Nat, CuNum = 5, ClientToken = Token }),
            "PUT", $"/v1/nat/{Nat}", "?resize&" + TokenQuery, """{"cuNum":5}"""),
        new("UpdateNatGatewayDeleteProtect", c => c.NatGateway.UpdateNatGatewayDeleteProtectAsync(new UpdateNatGatewayDeleteProtectRequest { NatId = Nat, DeleteProtect = true, ClientToken = Token }),
            "PUT", $"/v1/nat/{Nat}/deleteProtect", "?" + TokenQuery, """{"deleteProtect":true}"""),
    ];
}
