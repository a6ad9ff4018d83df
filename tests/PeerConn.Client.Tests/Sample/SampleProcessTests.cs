using System.Diagnostics;
using System.Reflection;
using Bce.Emulator;

namespace PeerConn.Client.Tests.Sample;

/// <summary>
/// The sample as a user runs it: a process, by default on its embedded emulator, or with --endpoint and credentials
/// from the environment against a service (here an emulator this test starts), cleaning up even when a step fails.
/// </summary>
public sealed class SampleProcessTests
{
    private static readonly string SampleAssembly = typeof(SampleProcessTests).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "SampleAssembly").Value!;

    [Fact]
    public async Task Default_run_walks_the_whole_life_cycle_on_the_embedded_emulator()
    {
        var (exitCode, output) = await RunSampleAsync([], new Dictionary<string, string?>());

        Assert.True(exitCode == 0, output);
        Assert.Contains("embedded emulator", output);
        Assert.Matches(@"create VPC \(local\)\s+ok\s+vpc-[a-z0-9]+ 192\.168\.0\.0/16", output);
        Assert.Matches(@"create VPC \(peer\)\s+ok\s+vpc-[a-z0-9]+ 172\.16\.0\.0/16", output);
        Assert.Matches(@"VPC detail \(local\)\s+ok\s+peerconn_sample_local, 192\.168\.0\.0/16", output);
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Matches(output, @"delete VPC\s+ok").Count);
        foreach (var step in new[] { "create same-account", "list", "detail (acceptor view)", "accept by the peer account", "reject by the peer account", "resize", "renew prepaid", "open DNS sync", "close DNS sync", "delete" })
        {
            Assert.Contains(step, output);
        }

        Assert.DoesNotContain("FAILED", output);
        Assert.Contains("Life cycle complete", output);
    }

    [Fact]
    public async Task Endpoint_run_uses_environment_credentials_and_leaves_nothing_behind()
    {
        await using var emulator = await BceEmulator.StartAsync();

        var seededVpcs = emulator.State.Vpcs.Select(vpc => vpc.VpcId).ToArray();

        var (exitCode, output) = await RunSampleAsync(["--endpoint", emulator.Endpoint.ToString()], Credentials(EmulatorDefaults.Primary));

        Assert.True(exitCode == 0, output);
        Assert.DoesNotContain("Two accounts", output);
        Assert.DoesNotContain(EmulatorDefaults.Primary.SecretAccessKey, output);
        var connection = Assert.Single(emulator.State.Connections);
        Assert.True(connection.IsDeleted);
        // The connection joined the two VPCs the sample created, and those are deleted again.
        Assert.DoesNotContain(connection.InitiatorVpcId, seededVpcs);
        Assert.DoesNotContain(connection.AcceptorVpcId, seededVpcs);
        Assert.NotEqual(connection.InitiatorVpcId, connection.AcceptorVpcId);
        Assert.Equal(seededVpcs, emulator.State.Vpcs.Select(vpc => vpc.VpcId));
    }

    [Fact]
    public async Task Endpoint_run_with_named_vpcs_creates_and_deletes_no_vpc()
    {
        await using var emulator = await BceEmulator.StartAsync();

        var (exitCode, output) = await RunSampleAsync(
            ["--endpoint", emulator.Endpoint.ToString(), "--local-vpc", EmulatorDefaults.PrimaryVpcA, "--peer-vpc", EmulatorDefaults.PrimaryVpcB],
            Credentials(EmulatorDefaults.Primary));

        Assert.True(exitCode == 0, output);
        Assert.DoesNotContain("create VPC", output);
        Assert.DoesNotContain("delete VPC", output);
        var connection = Assert.Single(emulator.State.Connections);
        Assert.Equal(EmulatorDefaults.PrimaryVpcA, connection.InitiatorVpcId);
        Assert.NotNull(emulator.State.FindVpc(EmulatorDefaults.PrimaryVpcA));
    }

    [Fact]
    public async Task Endpoint_run_deletes_what_it_created_even_when_a_step_fails()
    {
        await using var emulator = await BceEmulator.StartAsync();
        emulator.Faults.Add(new FaultRule(FaultKind.Status503) { Operation = OperationNames.ResizePeerConn, Times = 100 });

        var (exitCode, output) = await RunSampleAsync(["--endpoint", emulator.Endpoint.ToString()], Credentials(EmulatorDefaults.Primary));

        Assert.Equal(1, exitCode);
        Assert.Contains("FAILED", output);
        var seededVpcs = new[] { EmulatorDefaults.PrimaryVpcA, EmulatorDefaults.PrimaryVpcB, EmulatorDefaults.PrimaryVpcC };
        Assert.Single(emulator.State.Connections);
        Assert.True(emulator.State.Connections[0].IsDeleted, output);
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Matches(output, @"delete VPC\s+ok").Count);
        Assert.All(emulator.State.Vpcs.Where(vpc => vpc.AccountId == EmulatorDefaults.Primary.AccountId), vpc => Assert.Contains(vpc.VpcId, seededVpcs));
    }

    [Fact]
    public async Task Endpoint_run_without_credentials_says_which_variable_is_missing()
    {
        var (exitCode, output) = await RunSampleAsync(["--endpoint", "http://127.0.0.1:9"], Credentials(null));

        Assert.Equal(2, exitCode);
        Assert.Contains("BCE_ACCESS_KEY_ID", output);
    }

    [Fact]
    public async Task Unknown_option_prints_usage_and_exits_2()
    {
        var (exitCode, output) = await RunSampleAsync(["--bogus", "x"], new Dictionary<string, string?>());

        Assert.Equal(2, exitCode);
        Assert.Contains("usage:", output);
    }

    private static Dictionary<string, string?> Credentials(EmulatorAccount? account) => new()
    {
        ["BCE_ACCESS_KEY_ID"] = account?.AccessKeyId,
        ["BCE_SECRET_ACCESS_KEY"] = account?.SecretAccessKey,
        ["BCE_SESSION_TOKEN"] = null,
    };

    private static async Task<(int ExitCode, string Output)> RunSampleAsync(string[] arguments, Dictionary<string, string?> environment)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(SampleAssembly);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }

        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }
}
