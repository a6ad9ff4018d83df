namespace Bce.Emulator.Tests.Infrastructure;

/// <summary>Request bodies and fresh ids for tests.</summary>
public static class Bodies
{
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";

    /// <summary>A VPC id nobody owns yet; the first account to use it becomes its owner.</summary>
    public static string NewVpcId() => "vpc-" + System.Security.Cryptography.RandomNumberGenerator.GetString(Alphabet, 12);

    /// <summary>A fresh clientToken.</summary>
    public static string NewToken() => Guid.NewGuid().ToString();

    /// <summary>A same-region Postpaid create body.</summary>
    public static Dictionary<string, object?> Create(string localVpcId, string peerVpcId, string? peerAccountId = null, int bandwidth = 10, string peerRegion = "bj") => new()
    {
        ["bandwidthInMbps"] = bandwidth,
        ["localVpcId"] = localVpcId,
        ["peerVpcId"] = peerVpcId,
        ["peerRegion"] = peerRegion,
        ["peerAccountId"] = peerAccountId,
        ["billing"] = new { paymentTiming = "Postpaid" },
    };

    /// <summary>A cross-region Prepaid create body (Prepaid needs another region).</summary>
    public static Dictionary<string, object?> CreatePrepaid(string localVpcId, string peerVpcId, string? peerAccountId = null, int months = 1, int bandwidth = 10)
    {
        var body = Create(localVpcId, peerVpcId, peerAccountId, bandwidth, peerRegion: "gz");
        body["billing"] = new { paymentTiming = "Prepaid", reservation = new { reservationLength = months, reservationTimeUnit = "Month" } };
        return body;
    }

    /// <summary>A CreateVpc body.</summary>
    public static Dictionary<string, object?> Vpc(string cidr = "192.168.0.0/16", string name = "test_vpc") => new()
    {
        ["name"] = name,
        ["cidr"] = cidr,
    };

    /// <summary>A CreateSubnet body.</summary>
    public static Dictionary<string, object?> Subnet(string vpcId, string cidr, string zoneName = "cn-bj-a", string name = "test_subnet") => new()
    {
        ["name"] = name,
        ["zoneName"] = zoneName,
        ["cidr"] = cidr,
        ["vpcId"] = vpcId,
    };

    /// <summary>Adds or replaces a field.</summary>
    public static Dictionary<string, object?> With(this Dictionary<string, object?> body, string name, object? value)
    {
        body[name] = value;
        return body;
    }

    /// <summary>Removes a field.</summary>
    public static Dictionary<string, object?> Without(this Dictionary<string, object?> body, string name)
    {
        body.Remove(name);
        return body;
    }
}
