using System.Text.Json;
using Bce.Runtime;
using Bce.Runtime.Credentials;
using Bce.Runtime.Errors;
using Bce.Runtime.Serialization;
using Bce.Testing;
using Bce.Tests.FusionDb;

namespace TypeShapes.Client.Tests.FusionDb;

/// <summary>
/// The cluster answer of FusionDB's API documentation (tests/TestData/fusiondb-cluster.json, verbatim) read into the
/// types Specs/fusiondb.yaml generates: the endpoint object described in place, the zone → subnet map, slices and
/// their instances, booleans and a BCE timestamp, read through BceJson and, as the service sends it wrapped in
/// <c>{"cluster": ...}</c>, through the generated client (the spec's response wrapper; no hand-made envelope type).
/// </summary>
public sealed class ClusterAnswerTests
{
    private static readonly byte[] Answer = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "TestData", "fusiondb-cluster.json"));

    [Fact]
    public void Cluster_object_of_the_documented_answer_reads_with_every_value()
    {
        var cluster = BceJson.Deserialize<Cluster>(InnerCluster());

        Assert.Equal("xxxjxjkp1fimpb", cluster.ClusterId);
        Assert.Equal("xxxtest", cluster.ClusterName);
        Assert.Equal("5.x", cluster.EngineVersion);
        ClusterEndpoint endpoint = cluster.Endpoint!;
        Assert.Equal(6600, endpoint.Port);
        Assert.Equal("xxx.xxxjxjkp1fimpb.bce.baidu.com", endpoint.Address);
        Assert.Equal("bj", cluster.Region);
        Assert.Equal("db1.large", cluster.InstanceClass);
        Assert.Equal(32768, cluster.AllocatedMemoryInMB);
        Assert.Equal(320, cluster.AllocatedStorageInGB);
        Assert.Equal(0L, cluster.UsedStorageInMB);
        Assert.Equal("available", cluster.InstanceStatus);
        Assert.Equal("unlock", cluster.LockMode);
        Assert.Equal("closed", cluster.EipStatus);
        Assert.False(cluster.PubliclyAccessible);
        Assert.Equal("2017-05-15 07:05:56", cluster.InstanceCreateTime!.Value.Raw);
        Assert.Equal(new DateTimeOffset(2017, 5, 15, 7, 5, 56, TimeSpan.Zero), cluster.InstanceCreateTime.Value.Value);
        Assert.Equal(1, cluster.SliceAmount);
        Assert.Equal(2, cluster.InstanceAmount);
        Assert.Equal(4, cluster.SubInstanceAmount);
        Assert.Equal("default", cluster.Azone);
        Assert.Equal("98c700ed-fed4-4d4e-bdd0-a17f64ead477", cluster.VpcId);
        var subnet = Assert.Single(cluster.SubnetId!);
        Assert.Equal("zoneA", subnet.Key);
        Assert.Equal("66051292-093c-49df-8648-c18742f0c392", subnet.Value);

        var slice = Assert.Single(cluster.SliceList!);
        Assert.Equal("slice946t28kt1k", slice.SliceId);
        Assert.Equal(10L, slice.UsedStorageInMB);
        Assert.Equal("available", slice.Status);
        Assert.Collection(
            slice.InstanceIds!,
            master => AssertInstance(master, "master", "5a63a4c5-5d7c-44ac-89bd-cded7ac2ec44", "dr-asdf1"),
            standby => AssertInstance(standby, "standbymaster", "a9419e43-f3c0-4527-a995-9a27478af22c", "dr-asdf2"),
            slave => AssertInstance(slave, "slave", "a9419e43-f3c0-4527-a995-9a27478af22c", "dr-asdf2"));
        Assert.Null(((IBceRequiredProperties)cluster).FindMissingRequiredProperty());
    }

    [Fact]
    public void Cluster_written_back_reads_into_the_same_values()
    {
        var cluster = BceJson.Deserialize<Cluster>(InnerCluster());

        var written = BceJson.Serialize(cluster);

        using var original = JsonDocument.Parse(InnerCluster());
        using var again = JsonDocument.Parse(written);
        Assert.True(JsonElement.DeepEquals(original.RootElement, again.RootElement), System.Text.Encoding.UTF8.GetString(written));
    }

    [Fact]
    public async Task Documented_wrapped_answer_reads_through_the_client_into_cluster()
    {
        await using var server = (await LoopbackServer.StartAsync()).Then(new ScriptedAnswer(200, System.Text.Encoding.UTF8.GetString(Answer)));
        using var client = new FusionDbClient(new BceCredentials("ak-fusiondb", "sk-fusiondb"), new BceClientOptions { Endpoint = server.BaseUri });

        var response = await client.GetClusterAsync(new GetClusterRequest { ClusterId = "xxxjxjkp1fimpb" });

        Assert.Equal("/v1/cluster/xxxjxjkp1fimpb", Assert.Single(server.Requests).RawTarget);
        Cluster cluster = response.Value;
        Assert.Equal("xxxjxjkp1fimpb", cluster.ClusterId);
        Assert.Equal(6600, cluster.Endpoint!.Port);
        Assert.Equal("66051292-093c-49df-8648-c18742f0c392", cluster.SubnetId!["zoneA"]);
        Assert.Equal(3, Assert.Single(cluster.SliceList!).InstanceIds!.Count);
        Assert.False(cluster.PubliclyAccessible);
    }

    [Fact]
    public async Task Answer_without_the_wrapper_is_an_invalid_answer_not_an_empty_cluster()
    {
        await using var server = (await LoopbackServer.StartAsync()).Then(new ScriptedAnswer(200, System.Text.Encoding.UTF8.GetString(InnerCluster())));
        using var client = new FusionDbClient(new BceCredentials("ak-fusiondb", "sk-fusiondb"), new BceClientOptions { Endpoint = server.BaseUri });

        var error = await Assert.ThrowsAsync<BceClientException>(() => client.GetClusterAsync(new GetClusterRequest { ClusterId = "xxxjxjkp1fimpb" }));

        Assert.Contains("cluster", error.Message, StringComparison.Ordinal);
        Assert.Equal(200, error.StatusCode);
    }

    private static void AssertInstance(SliceInstance instance, string role, string instanceId, string shortId)
    {
        Assert.Equal(role, instance.Role);
        Assert.Equal(instanceId, instance.InstanceId);
        Assert.Equal(shortId, instance.InstanceShortId);
        Assert.Equal("available", instance.Status);
        Assert.Equal(10L, instance.UsedStorageInMB);
    }

    /// <summary>The object inside the documented <c>{"cluster": {...}}</c>.</summary>
    private static byte[] InnerCluster()
    {
        using var document = JsonDocument.Parse(Answer);
        return JsonSerializer.SerializeToUtf8Bytes(document.RootElement.GetProperty("cluster"));
    }
}
