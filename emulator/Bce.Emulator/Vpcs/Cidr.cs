using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Numerics;
using System.Text.RegularExpressions;
using Bce.Emulator.Wire;

namespace Bce.Emulator.Vpcs;

/// <summary>
/// An IPv4 or IPv6 CIDR block in canonical form (no host bits set). IPv4 is parsed strictly — four decimal octets
/// without leading zeros and a prefix length — because <see cref="IPNetwork.TryParse(string?, out IPNetwork)"/> also
/// takes <c>10.1/16</c> or <c>010.0.0.0/8</c>, which no BCE user means.
/// </summary>
internal readonly partial record struct Cidr(IPNetwork Network)
{
    /// <summary>One decimal octet, 0 to 255, without leading zeros.</summary>
    private const string Octet = "(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])";

    /// <summary>The RFC 1918 ranges every VPC CIDR must lie in.</summary>
    private static readonly Cidr[] PrivateRanges =
    [
        new(IPNetwork.Parse("10.0.0.0/8")),
        new(IPNetwork.Parse("172.16.0.0/12")),
        new(IPNetwork.Parse("192.168.0.0/16")),
    ];

    public bool IsIpv4 => Network.BaseAddress.AddressFamily == AddressFamily.InterNetwork;

    public int PrefixLength => Network.PrefixLength;

    /// <summary>How many addresses the block holds.</summary>
    public BigInteger AddressCount => BigInteger.One << ((IsIpv4 ? 32 : 128) - PrefixLength);

    /// <summary>Whether the block lies in 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16.</summary>
    public bool IsPrivateIpv4
    {
        get
        {
            var self = this;
            return IsIpv4 && PrivateRanges.Any(range => range.Contains(self));
        }
    }

    /// <summary>Whether <paramref name="other"/> lies wholly inside this block.</summary>
    public bool Contains(Cidr other) =>
        other.IsIpv4 == IsIpv4 && other.PrefixLength >= PrefixLength && Network.Contains(other.Network.BaseAddress);

    /// <summary>Whether the two blocks share an address (one then contains the other).</summary>
    public bool Overlaps(Cidr other) => Contains(other) || other.Contains(this);

    /// <summary>Whether the address lies inside the block.</summary>
    public bool Contains(IPAddress address) => Network.Contains(address);

    /// <summary>The <c>n</c>-th address of the block (0 = the network address).</summary>
    public IPAddress AddressAt(BigInteger n)
    {
        var bytes = Network.BaseAddress.GetAddressBytes();
        var value = new BigInteger(bytes, isUnsigned: true, isBigEndian: true) + n;
        var result = value.ToByteArray(isUnsigned: true, isBigEndian: true);
        var padded = new byte[bytes.Length];
        result.CopyTo(padded, padded.Length - result.Length);
        return new IPAddress(padded);
    }

    /// <summary>The text form: <c>10.0.0.0/16</c>, <c>2001:db8:1::/56</c>.</summary>
    public override string ToString() => Network.ToString();

    /// <summary>Parses a canonical IPv4 CIDR; throws <c>Vpc.InvalidCidr</c> naming <paramref name="field"/> otherwise.</summary>
    public static Cidr ParseIpv4(string field, string text)
    {
        var match = Ipv4Pattern().Match(text);
        if (!match.Success)
        {
            throw ApiErrors.InvalidCidr($"{field} '{text}' is not an IPv4 CIDR block such as 192.168.0.0/16.");
        }

        var address = IPAddress.Parse(match.Groups["address"].Value);
        var prefix = int.Parse(match.Groups["prefix"].Value, CultureInfo.InvariantCulture);
        return Canonical(field, text, address, prefix);
    }

    /// <summary>Parses a canonical IPv6 CIDR; throws <c>Vpc.InvalidCidr</c> naming <paramref name="field"/> otherwise.</summary>
    public static Cidr ParseIpv6(string field, string text)
    {
        var slash = text.IndexOf('/');
        if (slash < 0
            || !IPAddress.TryParse(text[..slash], out var address)
            || address.AddressFamily != AddressFamily.InterNetworkV6
            || !int.TryParse(text[(slash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var prefix)
            || prefix > 128)
        {
            throw ApiErrors.InvalidCidr($"{field} '{text}' is not an IPv6 CIDR block such as 2001:db8::/64.");
        }

        return Canonical(field, text, address, prefix);
    }

    /// <summary>Parses a strict dotted-quad IPv4 address, or returns null.</summary>
    public static IPAddress? ParseIpv4Address(string text) =>
        Ipv4AddressPattern().IsMatch(text) ? IPAddress.Parse(text) : null;

    private static Cidr Canonical(string field, string text, IPAddress address, int prefix)
    {
        var network = new IPNetwork(Mask(address, prefix), prefix);
        return network.BaseAddress.Equals(address)
            ? new Cidr(network)
            : throw ApiErrors.InvalidCidr($"{field} '{text}' has host bits set; the block is {network}.");
    }

    private static IPAddress Mask(IPAddress address, int prefix)
    {
        var bytes = address.GetAddressBytes();
        for (var bit = prefix; bit < bytes.Length * 8; bit++)
        {
            bytes[bit / 8] &= (byte)~(0x80 >> (bit % 8));
        }

        return new IPAddress(bytes);
    }

    [GeneratedRegex($"^(?<address>{Octet}\\.{Octet}\\.{Octet}\\.{Octet})/(?<prefix>3[0-2]|[12]?[0-9])$", RegexOptions.CultureInvariant)]
    private static partial Regex Ipv4Pattern();

    [GeneratedRegex($"^{Octet}\\.{Octet}\\.{Octet}\\.{Octet}$", RegexOptions.CultureInvariant)]
    private static partial Regex Ipv4AddressPattern();
}
