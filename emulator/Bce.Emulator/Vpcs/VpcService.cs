using System.Text.RegularExpressions;
using Bce.Emulator.Auth;
using Bce.Emulator.Hosting;
using Bce.Emulator.PeerConns;
using Bce.Emulator.Wire;

namespace Bce.Emulator.Vpcs;

/// <summary>
/// The VPC, subnet and reserved-CIDR operations on the <see cref="VpcStore"/>, one partial file per operation (or per
/// small family). Every operation runs under the <see cref="StateLock"/> it shares with <see cref="PeerConnService"/>.
/// A write finds the resource (404 unless the caller's), checks the rules, checks <c>If-Match</c> where the resource
/// has an ETag, and only then changes anything.
/// </summary>
internal sealed partial class VpcService
{
    /// <summary>The longest prefix of a VPC block (primary or secondary): /28, 16 addresses.</summary>
    public const int MaxVpcPrefix = 28;

    /// <summary>The longest prefix of a subnet: /29, 8 addresses, 5 of them usable.</summary>
    public const int MaxSubnetPrefix = 29;

    private readonly VpcStore _store;
    private readonly StateLock _gate;
    private readonly PeerConnService _peerConns;
    private readonly TimeProvider _time;
    private readonly Regex _zoneName;
    private readonly string _region;

    public VpcService(VpcStore store, StateLock gate, PeerConnService peerConns, string region, TimeProvider time)
    {
        _store = store;
        _gate = gate;
        _peerConns = peerConns;
        _region = region;
        _time = time;
        _zoneName = new Regex($"^cn-{Regex.Escape(region)}-[a-z]+$", RegexOptions.CultureInvariant);
    }

    private T Locked<T>(Func<DateTimeOffset, T> action) => _gate.Run(() => action(_time.GetUtcNow()));

    /// <summary>The caller's VPC with this id; 404 for an unknown id and for another account's VPC alike.</summary>
    private Vpc VisibleVpc(Caller caller, string vpcId) =>
        _store.FindVpc(vpcId) is { } vpc && vpc.AccountId == caller.AccountId ? vpc : throw ApiErrors.NoSuchVpc(vpcId);

    /// <summary>The caller's subnet with this id; 404 otherwise.</summary>
    private Subnet VisibleSubnet(Caller caller, string subnetId) =>
        _store.FindSubnet(subnetId) is { } subnet && subnet.AccountId == caller.AccountId ? subnet : throw ApiErrors.NoSuchSubnet(subnetId);

    /// <summary>A VPC write: <paramref name="plan"/> checks the rules and returns the change, applied only when <c>If-Match</c> holds.</summary>
    private void MutateVpc(Caller caller, string vpcId, string? ifMatch, Func<Vpc, DateTimeOffset, Action> plan) => Locked(now =>
    {
        var vpc = VisibleVpc(caller, vpcId);
        var apply = plan(vpc, now);
        if (!string.IsNullOrWhiteSpace(ifMatch) && !IfMatch.IsSatisfied(ifMatch, VpcJson.VpcDetail(VpcView.Of(vpc, _store)).ETag))
        {
            throw ApiErrors.PreconditionFailed("VPC");
        }

        apply();
        return true;
    });

    /// <summary>A subnet write, as <see cref="MutateVpc"/>, against GetSubnetDetail's ETag.</summary>
    private void MutateSubnet(Caller caller, string subnetId, string? ifMatch, Func<Subnet, DateTimeOffset, Action> plan) => Locked(now =>
    {
        var subnet = VisibleSubnet(caller, subnetId);
        var apply = plan(subnet, now);
        if (!string.IsNullOrWhiteSpace(ifMatch) && !IfMatch.IsSatisfied(ifMatch, VpcJson.SubnetDetail(SubnetView.Of(subnet, _store)).ETag))
        {
            throw ApiErrors.PreconditionFailed("subnet");
        }

        apply();
        return true;
    });

    /// <summary>A VPC block (primary or secondary) must be private IPv4 (RFC 1918) and at most /28 long.</summary>
    private static void RequireVpcBlock(string field, Cidr cidr)
    {
        if (!cidr.IsPrivateIpv4)
        {
            throw ApiErrors.InvalidCidr($"{field} {cidr} is not inside 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16.");
        }

        if (cidr.PrefixLength > MaxVpcPrefix)
        {
            throw ApiErrors.InvalidCidr($"{field} {cidr} is smaller than /{MaxVpcPrefix}.");
        }
    }
}
