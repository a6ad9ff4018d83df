using System.Net;
using System.Security.Cryptography;

namespace Bce.Emulator.Vpcs;

/// <summary>
/// Every VPC, subnet and reserved CIDR, the ids issued, and who owns which VPC id. Ownership has three sources: VPC
/// records (created through CreateVpc, or seeded from <see cref="EmulatorAccount.VpcIds"/>), and, for compatibility
/// with PeerConn tests that invent VPC ids, <em>claims</em>: an id that names no VPC is claimed by the first
/// successful CreatePeerConn that uses it. A claimed id has no record (ListVpcs does not show it). Ids of deleted VPCs
/// are remembered so they can be neither claimed nor issued again. Not thread-safe: used under the
/// <see cref="Hosting.StateLock"/>.
/// </summary>
internal sealed class VpcStore
{
    private const string IdAlphabet = "abcdefghijklmnopqrstuvwxyz0123456789";

    private readonly Dictionary<string, Vpc> _vpcs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Subnet> _subnets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IpReserve> _reserves = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _claims = new(StringComparer.Ordinal);
    private readonly HashSet<string> _deletedVpcIds = new(StringComparer.Ordinal);
    private int _ipv6Blocks;

    /// <summary>
    /// Seeds a VPC record for every <see cref="EmulatorAccount.VpcIds"/> entry: the n-th seeded VPC (counting across
    /// the accounts in order, from 0) gets <c>10.n.0.0/16</c> (n modulo 256) and is named after its id; each
    /// account's first seeded VPC is its default VPC, named <c>default</c>.
    /// </summary>
    public VpcStore(IEnumerable<EmulatorAccount> accounts, DateTimeOffset now)
    {
        var seeded = 0;
        foreach (var account in accounts)
        {
            var first = true;
            foreach (var vpcId in account.VpcIds)
            {
                Add(new Vpc
                {
                    Id = vpcId,
                    AccountId = account.AccountId,
                    Name = first ? "default" : vpcId,
                    Description = first ? "default" : string.Empty,
                    Cidr = new Cidr(new IPNetwork(new IPAddress([10, (byte)(seeded % 256), 0, 0]), 16)),
                    Ipv6Block = NextIpv6Block(),
                    IsDefault = first,
                    CreatedAt = now,
                });
                first = false;
                seeded++;
            }
        }
    }

    /// <summary>Every VPC, ordered by id.</summary>
    public IEnumerable<Vpc> Vpcs => _vpcs.Values.OrderBy(v => v.Id, StringComparer.Ordinal);

    /// <summary>Every subnet, ordered by id.</summary>
    public IEnumerable<Subnet> Subnets => _subnets.Values.OrderBy(s => s.Id, StringComparer.Ordinal);

    /// <summary>Every reserved CIDR, ordered by id.</summary>
    public IEnumerable<IpReserve> IpReserves => _reserves.Values.OrderBy(r => r.Id, StringComparer.Ordinal);

    public Vpc? FindVpc(string vpcId) => _vpcs.GetValueOrDefault(vpcId);

    public Subnet? FindSubnet(string subnetId) => _subnets.GetValueOrDefault(subnetId);

    public IpReserve? FindIpReserve(string ipReserveId) => _reserves.GetValueOrDefault(ipReserveId);

    /// <summary>The VPC's subnets, ordered by id.</summary>
    public IEnumerable<Subnet> SubnetsOf(string vpcId) => Subnets.Where(s => s.VpcId == vpcId);

    /// <summary>The subnet's reserved CIDRs, ordered by id.</summary>
    public IEnumerable<IpReserve> IpReservesOf(string subnetId) => IpReserves.Where(r => r.SubnetId == subnetId);

    public void Add(Vpc vpc) => _vpcs.Add(vpc.Id, vpc);

    public void Add(Subnet subnet) => _subnets.Add(subnet.Id, subnet);

    public void Add(IpReserve reserve) => _reserves.Add(reserve.Id, reserve);

    /// <summary>Removes a VPC (which has no subnets left) and remembers its id.</summary>
    public void Remove(Vpc vpc)
    {
        _vpcs.Remove(vpc.Id);
        _deletedVpcIds.Add(vpc.Id);
    }

    /// <summary>Removes a subnet and its reserved CIDRs.</summary>
    public void Remove(Subnet subnet)
    {
        foreach (var reserve in IpReservesOf(subnet.Id).ToList())
        {
            _reserves.Remove(reserve.Id);
        }

        _subnets.Remove(subnet.Id);
    }

    public void Remove(IpReserve reserve) => _reserves.Remove(reserve.Id);

    /// <summary>The owning account of a VPC id — its record's, else its claimant's — or null for an id nobody has used.</summary>
    public string? OwnerOf(string vpcId) => FindVpc(vpcId)?.AccountId ?? _claims.GetValueOrDefault(vpcId);

    /// <summary>Whether the id named a VPC that DeleteVpc removed.</summary>
    public bool WasDeleted(string vpcId) => _deletedVpcIds.Contains(vpcId);

    /// <summary>Whether the account owns the VPC id or could claim it.</summary>
    public bool MayUse(string vpcId, string accountId) =>
        !WasDeleted(vpcId) && (OwnerOf(vpcId) is not { } owner || owner == accountId);

    /// <summary>Gives an id nobody owns to the account (PeerConn's first-use claim).</summary>
    public void Claim(string vpcId, string accountId)
    {
        if (OwnerOf(vpcId) is null && !WasDeleted(vpcId))
        {
            _claims.Add(vpcId, accountId);
        }
    }

    /// <summary>A fresh <c>vpc-</c> + 12 lowercase alphanumerics, never used, claimed or deleted.</summary>
    public string NewVpcId() => NewId("vpc-", id => OwnerOf(id) is null && !WasDeleted(id));

    /// <summary>A fresh <c>sbn-</c> + 12 lowercase alphanumerics.</summary>
    public string NewSubnetId() => NewId("sbn-", id => !_subnets.ContainsKey(id));

    /// <summary>A fresh <c>ipr-</c> + 12 lowercase alphanumerics.</summary>
    public string NewIpReserveId() => NewId("ipr-", id => !_reserves.ContainsKey(id));

    /// <summary>The next VPC's IPv6 block number (see <see cref="Vpcs.Ipv6Blocks"/>).</summary>
    public int NextIpv6Block() => ++_ipv6Blocks;

    private static string NewId(string prefix, Func<string, bool> isFree)
    {
        while (true)
        {
            var id = prefix + RandomNumberGenerator.GetString(IdAlphabet, 12);
            if (isFree(id))
            {
                return id;
            }
        }
    }
}
