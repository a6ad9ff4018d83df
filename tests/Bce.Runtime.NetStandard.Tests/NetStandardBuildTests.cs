using System.Reflection;
using System.Runtime.Versioning;
using Bce.Runtime.Serialization;

namespace Bce.Runtime.NetStandard.Tests;

/// <summary>Every other test here is worth something only if this process really runs the netstandard2.0 build.</summary>
public sealed class NetStandardBuildTests
{
    [Fact]
    public void The_runtime_loaded_is_the_netstandard2_0_build()
    {
        var framework = typeof(BceJson).Assembly.GetCustomAttribute<TargetFrameworkAttribute>();

        Assert.Equal(".NETStandard,Version=v2.0", framework?.FrameworkName);
    }

    [Fact]
    public void The_netstandard2_0_json_model_interface_has_no_static_member_so_the_generated_models_register_their_readers()
    {
        Assert.Null(typeof(IBceJsonModel<>).GetMethod("ReadJson"));
        Assert.NotNull(typeof(Bce.Vpc.PeerConnections.PeerConn).Assembly.GetType("Bce.Vpc.PeerConnections.PeerConnJsonModelReaders"));
    }
}
