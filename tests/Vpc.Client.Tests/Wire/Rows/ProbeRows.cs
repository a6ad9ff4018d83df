using Bce.Vpc.Probes;
using static Vpc.Client.Tests.Wire.WireRow;

namespace Vpc.Client.Tests.Wire.Rows;

/// <summary>probe.go (spec/reference/vpc-operations.md section 7): 5 operations.</summary>
internal static class ProbeRows
{
    private const string Probe = "probe-6gfqbgfypumvmyh0";

    public static IEnumerable<WireRow> All { get; } =
    [
        // CreateProbeArgs in Go field order; destPort a JSON number in requests.
        new("CreateProbe", c => c.Probe.CreateProbeAsync(new CreateProbeRequest
            {
                Name = "probe1", VpcId = "vpc-1", SubnetId = "sbn-1", Protocol = "UDP", Frequency = 20, DestIp = "10.0.0.3",
                DestPort = 53, SourceIps = ["192.168.0.4"], SourceIpNum = 1, Description = "d", Payload = "hello", ClientToken = Token,
            }),
            "POST", "/v1/probe", "?" + TokenQuery,
            """{"name":"probe1","vpcId":"vpc-1","subnetId":"sbn-1","protocol":"UDP","frequency":20,"destIp":"10.0.0.3","destPort":53,"sourceIps":["192.168.0.4"],"sourceIpNum":1,"description":"d","payload":"hello"}""",
            $$"""{"probeId":"{{Probe}}"}"""),
        new("UpdateProbe", c => c.Probe.UpdateProbeAsync(new UpdateProbeRequest
            {
                ProbeId = Probe, Name = "probe2", Frequency = 30, DestIp = "10.0.0.4", DestPort = 80, Description = "d2", Payload = "p", ClientToken = Token,
            }),
            "PUT", $"/v1/probe/{Probe}", "?modifyAttribute&" + TokenQuery,
            """{"name":"probe2","frequency":30,"destIp":"10.0.0.4","destPort":80,"description":"d2","payload":"p"}"""),
        new("DeleteProbe", c => c.Probe.DeleteProbeAsync(new DeleteProbeRequest { ProbeId = Probe, ClientToken = Token }),
            "DELETE", $"/v1/probe/{Probe}", "?" + TokenQuery, null),
        new("ListProbes", c => c.Probe.ListProbesAsync(new ListProbesRequest { Marker = "probe-0", MaxKeys = 20 }),
            "GET", "/v1/probe", "?marker=probe-0&maxKeys=20", null, """{"probes":[],"isTruncated":false}"""),
        // A bare Probe is answered (Go's unused {"probes": ...} wrapper is not followed); destPort is text there.
        new("GetProbeDetail", c => c.Probe.GetProbeDetailAsync(new GetProbeDetailRequest { ProbeId = Probe }),
            "GET", $"/v1/probe/{Probe}", "", null, $$"""{"probeId":"{{Probe}}","destPort":"53"}"""),
    ];
}
