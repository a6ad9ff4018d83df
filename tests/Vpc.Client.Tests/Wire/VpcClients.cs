using Bce.Runtime;
using Bce.Runtime.Credentials;
using Bce.Testing;

namespace Vpc.Client.Tests.Wire;

/// <summary>The eight generated clients of the catalog's Vpc entry, all pointed at one loopback server.</summary>
public sealed class VpcClients : IDisposable
{
    /// <summary>Test keys: never a real account's.</summary>
    public static readonly BceCredentials Credentials = new("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb");

    public VpcClients(LoopbackServer server)
    {
        var options = new BceClientOptions
        {
            Endpoint = server.BaseUri,
            Retry = { MaxRetries = 0 },
        };
        Vpc = new Bce.Vpc.Vpcs.VpcClient(Credentials, options);
        Subnet = new Bce.Vpc.Subnets.SubnetClient(Credentials, options);
        RouteTable = new Bce.Vpc.RouteTables.RouteTableClient(Credentials, options);
        Acl = new Bce.Vpc.Acls.AclClient(Credentials, options);
        NatGateway = new Bce.Vpc.NatGateways.NatGatewayClient(Credentials, options);
        Ipv6Gateway = new Bce.Vpc.Ipv6Gateways.Ipv6GatewayClient(Credentials, options);
        Probe = new Bce.Vpc.Probes.ProbeClient(Credentials, options);
        ParameterTemplate = new Bce.Vpc.ParameterTemplates.ParameterTemplateClient(Credentials, options);
    }

    public Bce.Vpc.Vpcs.VpcClient Vpc { get; }

    public Bce.Vpc.Subnets.SubnetClient Subnet { get; }

    public Bce.Vpc.RouteTables.RouteTableClient RouteTable { get; }

    public Bce.Vpc.Acls.AclClient Acl { get; }

    public Bce.Vpc.NatGateways.NatGatewayClient NatGateway { get; }

    public Bce.Vpc.Ipv6Gateways.Ipv6GatewayClient Ipv6Gateway { get; }

    public Bce.Vpc.Probes.ProbeClient Probe { get; }

    public Bce.Vpc.ParameterTemplates.ParameterTemplateClient ParameterTemplate { get; }

    /// <summary>The client interfaces, for the coverage test.</summary>
    public static Type[] Interfaces { get; } =
    [
        typeof(Bce.Vpc.Vpcs.IVpcClient), typeof(Bce.Vpc.Subnets.ISubnetClient), typeof(Bce.Vpc.RouteTables.IRouteTableClient),
        typeof(Bce.Vpc.Acls.IAclClient), typeof(Bce.Vpc.NatGateways.INatGatewayClient), typeof(Bce.Vpc.Ipv6Gateways.IIpv6GatewayClient),
        typeof(Bce.Vpc.Probes.IProbeClient), typeof(Bce.Vpc.ParameterTemplates.IParameterTemplateClient),
    ];

    public void Dispose()
    {
        Vpc.Dispose();
        Subnet.Dispose();
        RouteTable.Dispose();
        Acl.Dispose();
        NatGateway.Dispose();
        Ipv6Gateway.Dispose();
        Probe.Dispose();
        ParameterTemplate.Dispose();
    }
}
