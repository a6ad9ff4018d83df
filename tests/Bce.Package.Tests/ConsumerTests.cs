using System.Text.RegularExpressions;
using Bce.Package.Tests.Infrastructure;

namespace Bce.Package.Tests;

/// <summary>
/// What README's "Install" section promises a newcomer: one PackageReference plus one line naming the API give a
/// working client in a new project (warnings as errors), it talks to the emulator installed as a .NET tool, and the
/// same project publishes with NativeAOT without a single trim or AOT warning.
/// </summary>
[Collection(PackageFeedCollection.Name)]
public sealed partial class ConsumerTests(PackageFeed feed)
{
    [Fact]
    public async Task One_PackageReference_and_BceApi_PeerConn_give_a_client_that_calls_the_emulator_tool()
    {
        var project = ConsumerProject.Create(feed, "console", ConsumerProgram.Items, ConsumerProgram.Source);
        using var emulator = await EmulatorTool.StartAsync(feed);

        var run = project.Dotnet("run", "--", emulator.Endpoint.ToString());

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Matches(@"created peerconn-[a-z0-9]+ status \w+ request [0-9a-f-]+", run.Output);
    }

    [Fact]
    public async Task The_consumer_publishes_with_NativeAOT_without_trim_or_AOT_warnings_and_the_native_program_works()
    {
        var project = ConsumerProject.Create(feed, "aot", ConsumerProgram.Items, ConsumerProgram.Source);
        var output = Path.Combine(project.Directory, "native");

        var publish = project.Dotnet("publish", "-c", "Release", "-r", "linux-x64", "-p:PublishAot=true", "-p:TrimmerSingleWarn=false", "-o", output);

        Assert.True(publish.ExitCode == 0, publish.ToString());
        Assert.DoesNotMatch(TrimOrAotWarning(), publish.Output);
        using var emulator = await EmulatorTool.StartAsync(feed);
        var run = DotnetCli.RunProgram(Path.Combine(output, "aot"), project.Directory, null, TimeSpan.FromMinutes(1), emulator.Endpoint.ToString());
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Matches(@"created peerconn-[a-z0-9]+ status \w+", run.Output);
    }

    [GeneratedRegex(@"warning IL[23]\d{3}")]
    private static partial Regex TrimOrAotWarning();
}
