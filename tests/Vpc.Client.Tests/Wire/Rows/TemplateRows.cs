using Bce.Vpc.ParameterTemplates;
using static Vpc.Client.Tests.Wire.WireRow;

namespace Vpc.Client.Tests.Wire.Rows;

/// <summary>template.go (spec/reference/vpc-operations.md section 8): 14 operations on IP sets and IP groups.</summary>
internal static class TemplateRows
{
    private const string Set = "ips-zq8i7q57ubxd";
    private const string Group = "ipg-1a2b3c4d";

    public static IEnumerable<WireRow> All { get; } =
    [
        new("CreateIpSet", c => c.ParameterTemplate.CreateIpSetAsync(new CreateIpSetRequest
            {
                Name = "set1", IpVersion = "IPv4",
                IpAddressInfo = [new TemplateIpAddressInfo { IpAddress = "192.168.0.0/24", Description = "office" }],
                Description = "d", ClientToken = Token,
            }),
            "POST", "/v1/ipSet", "?" + TokenQuery,
            """{"name":"set1","ipVersion":"IPv4","ipAddressInfo":[{"ipAddress":"192.168.0.0/24","description":"office"}],"description":"d"}""",
            $$"""{"ipSetId":"{{Set}}"}"""),
        new("AddIpAddressesToIpSet", c => c.ParameterTemplate.AddIpAddressesToIpSetAsync(new AddIpAddressesToIpSetRequest
            {
                IpSetId = Set, IpAddressInfo = [new TemplateIpAddressInfo { IpAddress = "10.0.0.1", Description = "host" }], ClientToken = Token,
            }),
            "POST", $"/v1/ipSet/{Set}/ipAddress", "?" + TokenQuery, """{"ipAddressInfo":[{"ipAddress":"10.0.0.1","description":"host"}]}"""),
        // Go DeleteIpAddress: a POST whose ipAddressInfo holds bare addresses.
        new("RemoveIpAddressesFromIpSet", c => c.ParameterTemplate.RemoveIpAddressesFromIpSetAsync(new RemoveIpAddressesFromIpSetRequest
            {
                IpSetId = Set, IpAddressInfo = ["10.0.0.1", "192.168.0.0/24"], ClientToken = Token,
            }),
            "POST", $"/v1/ipSet/{Set}/deleteIpAddress", "?" + TokenQuery, """{"ipAddressInfo":["10.0.0.1","192.168.0.0/24"]}"""),
        new("UpdateIpSet", c => c.ParameterTemplate.UpdateIpSetAsync(new UpdateIpSetRequest { IpSetId = Set, Name = "set2", Description = "d2", ClientToken = Token }),
            "PUT", $"/v1/ipSet/{Set}", "?modifyAttribute&" + TokenQuery, """{"name":"set2","description":"d2"}"""),
        new("DeleteIpSet", c => c.ParameterTemplate.DeleteIpSetAsync(new DeleteIpSetRequest { IpSetId = Set, ClientToken = Token }),
            "DELETE", $"/v1/ipSet/{Set}", "?" + TokenQuery, null),
        new("ListIpSets", c => c.ParameterTemplate.ListIpSetsAsync(new ListIpSetsRequest { IpVersion = "IPv4", Marker = "ips-0", MaxKeys = 10 }),
            "GET", "/v1/ipSet", "?ipVersion=IPv4&marker=ips-0&maxKeys=10", null, """{"ipSets":[],"isTruncated":false}"""),
        new("GetIpSetDetail", c => c.ParameterTemplate.GetIpSetDetailAsync(new GetIpSetDetailRequest { IpSetId = Set }),
            "GET", $"/v1/ipSet/{Set}", "", null, $$"""{"ipSetId":"{{Set}}","bindedInstances":[]}"""),
        new("CreateIpGroup", c => c.ParameterTemplate.CreateIpGroupAsync(new CreateIpGroupRequest
            {
                Name = "group1", IpVersion = "IPv4", IpSetIds = [Set], Description = "d", ClientToken = Token,
            }),
            "POST", "/v1/ipGroup", "?" + TokenQuery, $$"""{"name":"group1","ipVersion":"IPv4","ipSetIds":["{{Set}}"],"description":"d"}""",
            $$"""{"ipGroupId":"{{Group}}"}"""),
        new("BindIpSetsToIpGroup", c => c.ParameterTemplate.BindIpSetsToIpGroupAsync(new BindIpSetsToIpGroupRequest { IpGroupId = Group, IpSetIds = [Set], ClientToken = Token }),
            "POST", $"/v1/ipGroup/{Group}/bindIpSet", "?" + TokenQuery, $$"""{"ipSetIds":["{{Set}}"]}"""),
        new("UnbindIpSetsFromIpGroup", c => c.ParameterTemplate.UnbindIpSetsFromIpGroupAsync(new UnbindIpSetsFromIpGroupRequest { IpGroupId = Group, IpSetIds = [Set], ClientToken = Token }),
            "POST", $"/v1/ipGroup/{Group}/unbindIpSet", "?" + TokenQuery, $$"""{"ipSetIds":["{{Set}}"]}"""),
        new("UpdateIpGroup", c => c.ParameterTemplate.UpdateIpGroupAsync(new UpdateIpGroupRequest { IpGroupId = Group, Name = "group2", ClientToken = Token }),
            "PUT", $"/v1/ipGroup/{Group}", "?modifyAttribute&" + TokenQuery, """{"name":"group2"}"""),
        new("DeleteIpGroup", c => c.ParameterTemplate.DeleteIpGroupAsync(new DeleteIpGroupRequest { IpGroupId = Group, ClientToken = Token }),
            "DELETE", $"/v1/ipGroup/{Group}", "?" + TokenQuery, null),
        new("ListIpGroups", c => c.ParameterTemplate.ListIpGroupsAsync(new ListIpGroupsRequest { IpVersion = "IPv6", MaxKeys = 1000 }),
            "GET", "/v1/ipGroup", "?ipVersion=IPv6&maxKeys=1000", null, """{"ipGroups":[],"isTruncated":false}"""),
        new("GetIpGroupDetail", c => c.ParameterTemplate.GetIpGroupDetailAsync(new GetIpGroupDetailRequest { IpGroupId = Group }),
            "GET", $"/v1/ipGroup/{Group}", "", null, $$"""{"ipGroupId":"{{Group}}","ipSetIds":["{{Set}}"]}"""),
    ];
}
