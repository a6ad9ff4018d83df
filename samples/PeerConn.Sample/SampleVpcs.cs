using Bce.Runtime;
using Bce.Runtime.Errors;
using Bce.Vpc.Vpcs;

namespace PeerConn.Sample;

/// <summary>
/// The two VPCs the single-account life cycle peers: created through the generated <see cref="VpcClient"/> before the
/// peer connection, and deleted after it, even when a step failed. VPCs named on the command line are used as they
/// are and never deleted.
/// </summary>
internal sealed class SampleVpcs(VpcClient client, StepTable table)
{
    /// <summary>Vpc's "still in use" code: a peer connection that is being deleted holds its VPCs for a while.</summary>
    private const string InUse = "Vpc.InUse";

    /// <summary>How long a VPC may stay in use after its peer connection was deleted (instant on the emulator).</summary>
    private static readonly TimeSpan ReleaseTimeout = TimeSpan.FromMinutes(3);

    private readonly List<string> _created = [];

    /// <summary>The given VPC id, or a new VPC's (null when creating it failed; the table shows why).</summary>
    public async Task<string?> UseOrCreateAsync(string? givenVpcId, string role, string cidr, CancellationToken cancellationToken)
    {
        if (givenVpcId is not null)
        {
            return givenVpcId;
        }

        var created = await table.RunAsync(
            $"create VPC ({role})",
            () => client.CreateVpcAsync(
                new CreateVpcRequest { Name = $"peerconn_sample_{role}", Cidr = cidr, Description = "created by the PeerConn sample" },
                cancellationToken),
            r => $"{r.Value.VpcId} {cidr}",
            r => r.RequestId);
        if (created?.Value.VpcId is not { } vpcId)
        {
            return null;
        }

        _created.Add(vpcId);
        await table.RunAsync(
            $"VPC detail ({role})",
            () => client.GetVpcDetailAsync(new GetVpcDetailRequest { VpcId = vpcId }, cancellationToken),
            r => $"{r.Value.Name}, {r.Value.Cidr}, {r.Value.Subnets?.Count ?? 0} subnet(s)",
            r => r.RequestId);
        return vpcId;
    }

    /// <summary>Deletes every VPC this run created, newest first.</summary>
    public async Task DeleteCreatedAsync()
    {
        for (var i = _created.Count - 1; i >= 0; i--)
        {
            var vpcId = _created[i];
            await table.RunAsync("delete VPC", () => DeleteWhenReleasedAsync(vpcId), $"{vpcId} released");
        }
    }

    private async Task<BceResponse> DeleteWhenReleasedAsync(string vpcId)
    {
        var deadline = DateTimeOffset.UtcNow + ReleaseTimeout;
        while (true)
        {
            try
            {
                // Not cancellable: a sample must not leave resources behind because Ctrl+C was pressed.
                return await client.DeleteVpcAsync(new DeleteVpcRequest { VpcId = vpcId }, CancellationToken.None);
            }
            catch (BceServiceException error) when (error.ErrorCode == InUse && DateTimeOffset.UtcNow < deadline)
            {
                await Task.Delay(TimeSpan.FromSeconds(5));
            }
        }
    }
}
