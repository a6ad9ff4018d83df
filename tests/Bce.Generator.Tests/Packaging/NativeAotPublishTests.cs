using System.Diagnostics;
using System.Reflection;

namespace Bce.Generator.Tests.Packaging;

/// <summary>
/// The generated client and the runtime publish with NativeAOT without a single trim or AOT warning, and the native
/// program works: tests/PeerConn.AotSmoke/aot-check.sh (publish, grep for IL2xxx/IL3xxx, run) must pass.
/// </summary>
[Collection(DotnetProcessCollection.Name)]
public sealed class NativeAotPublishTests
{
    [Fact]
    public async Task Generated_client_publishes_with_NativeAOT_without_warnings_and_runs()
    {
        var repo = Path.GetFullPath(Path.Combine(
            typeof(NativeAotPublishTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "ProjectDir").Value!,
            "..", ".."));
        var start = new ProcessStartInfo("bash")
        {
            WorkingDirectory = repo,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(repo, "tests", "PeerConn.AotSmoke", "aot-check.sh"));
        foreach (var variable in new[] { "MSBuildExtensionsPath", "MSBUILD_EXE_PATH", "MSBuildSDKsPath", "MSBuildLoadMicrosoftTargetsReadOnly" })
        {
            start.Environment.Remove(variable);
        }

        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(6));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);

        var all = await output + await error;
        Assert.True(process.ExitCode == 0, all);
        Assert.Contains("aot-check: no IL2xxx/IL3xxx warnings", all);
        Assert.Contains("aot-check: passed", all);
    }
}
