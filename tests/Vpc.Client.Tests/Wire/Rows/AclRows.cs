using Bce.Vpc.Acls;
using static Vpc.Client.Tests.Wire.WireRow;

namespace Vpc.Client.Tests.Wire.Rows;

/// <summary>acl.go (spec/reference/vpc-operations.md section 4): 5 operations.</summary>
internal static class AclRows
{
    private const string RuleId = "ar-rx1nmk6rqc1j";

    public static IEnumerable<WireRow> All { get; } =
    [
        // ListAclEntrys: GET /v1/acl, vpcId always sent.
        new("ListAclEntries", c => c.Acl.ListAclEntriesAsync(new ListAclEntriesRequest { VpcId = "vpc-1" }),
            "GET", "/v1/acl", "?vpcId=vpc-1", null, """{"vpcId":"vpc-1","aclEntrys":[]}"""),
        // CreateAclRule: POST /v1/acl/rule, body {"aclRules":[AclRuleRequest]} in Go field order.
        new("CreateAclRules", c => c.Acl.CreateAclRulesAsync(new CreateAclRulesRequest
            {
                AclRules =
                [
                    new AclRuleInput
                    {
                        SubnetId = "sbn-1", Description = "d", Protocol = AclRuleProtocol.Tcp, SourceIpAddress = "192.168.2.0",
                        DestinationIpAddress = "192.168.0.0/24", SourcePort = "8888", DestinationPort = "9999", Position = 2,
                        Direction = AclRuleDirection.Ingress, Action = AclRuleAction.Allow,
                    },
                ],
                ClientToken = Token,
            }),
            "POST", "/v1/acl/rule", "?" + TokenQuery,
            """{"aclRules":[{"subnetId":"sbn-1","description":"d","protocol":"tcp","sourceIpAddress":"192.168.2.0","destinationIpAddress":"192.168.0.0/24","sourcePort":"8888","destinationPort":"9999","position":2,"direction":"ingress","action":"allow"}]}"""),
        // ListAclRules: GET /v1/acl/rule, marker?, maxKeys, subnetId (always).
        new("ListAclRules", c => c.Acl.ListAclRulesAsync(new ListAclRulesRequest { SubnetId = "sbn-1", Marker = "ar-0", MaxKeys = 10 }),
            "GET", "/v1/acl/rule", "?subnetId=sbn-1&marker=ar-0&maxKeys=10", null, """{"aclRules":[],"isTruncated":false}"""),
        // UpdateAclRule: PUT /v1/acl/rule/{aclRuleId}, every field omitempty, no direction.
        new("UpdateAclRule", c => c.Acl.UpdateAclRuleAsync(new UpdateAclRuleRequest
            {
                AclRuleId = RuleId, Description = "d2", Protocol = AclRuleProtocol.Udp, SourceIpAddress = "10.0.0.1",
                DestinationIpAddress = "10.0.0.2", SourcePort = "1-65535", DestinationPort = "all", Position = 3,
                Action = AclRuleAction.Deny, ClientToken = Token,
            }),
            "PUT", $"/v1/acl/rule/{RuleId}", "?" + TokenQuery,
            """{"description":"d2","protocol":"udp","sourceIpAddress":"10.0.0.1","destinationIpAddress":"10.0.0.2","sourcePort":"1-65535","destinationPort":"all","position":3,"action":"deny"}"""),
        // DeleteAclRule: DELETE /v1/acl/rule/{aclRuleId}, no body.
        new("DeleteAclRule", c => c.Acl.DeleteAclRuleAsync(new DeleteAclRuleRequest { AclRuleId = RuleId, ClientToken = Token }),
            "DELETE", $"/v1/acl/rule/{RuleId}", "?" + TokenQuery, null),
    ];
}
