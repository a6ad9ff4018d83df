using System.Diagnostics;
using System.Reflection;
using Bce.Emulator;
using PeerConn.Client.Tests.DependencyInjection;

namespace PeerConn.Client.Tests.Sample;

/// <summary>
/// samples/PeerConn.HostedSample as a user runs it: a process, by default on its embedded emulator; with
/// <c>--Sample:UseEmulator=false</c> against a service (an emulator this test starts) with credentials from the chain
/// in a temporary HOME (never the real one); and refusing to start, naming what the chain tried, when HOME holds none.
/// </summary>
public sealed class HostedSampleProcessTests
{
    private static readonly string SampleAssembly = typeof(HostedSampleProcessTests).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "HostedSampleAssembly").Value!;

    [Fact]
    public async Task Default_run_peers_two_accounts_on_the_embedded_emulator()
    {
        using var home = new TemporaryHome();

        var (exitCode, output) = await RunSampleAsync([], home);

        Assert.True(exitCode == 0, output);
        Assert.Contains("embedded emulator", output);
        foreach (var step in new[] { "initiator created", "peer accepted", "initiator sees      active", "peer sees           active", "initiator deleted" })
        {
            Assert.Contains(step, output);
        }

        Assert.Contains("Hosted sample complete", output);
        Assert.DoesNotContain("FAILED", output);
    }

    [Fact]
    public async Task Service_run_signs_each_client_with_its_appsettings_profile_from_the_chain()
    {
        await using var emulator = await BceEmulator.StartAsync();
        using var home = new TemporaryHome();
        home.WriteProfiles("initiator", ("initiator", EmulatorDefaults.Primary), ("peer", EmulatorDefaults.Secondary));

        var (exitCode, output) = await RunSampleAsync(ServiceArguments(emulator), home);

        Assert.True(exitCode == 0, output);
        Assert.DoesNotContain("embedded emulator", output);
        var connection = Assert.Single(emulator.State.Connections);
        Assert.Equal(EmulatorDefaults.Primary.AccountId, connection.InitiatorAccountId);
        Assert.Equal(EmulatorDefaults.Secondary.AccountId, connection.AcceptorAccountId);
        Assert.True(connection.IsDeleted);
        Assert.DoesNotContain(EmulatorDefaults.Primary.SecretAccessKey, output);
    }

    [Fact]
    public async Task Service_run_without_credentials_fails_at_start_naming_every_source_and_sends_nothing()
    {
        await using var emulator = await BceEmulator.StartAsync();
        using var home = new TemporaryHome();

        var (exitCode, output) = await RunSampleAsync(ServiceArguments(emulator), home);

        Assert.Equal(2, exitCode);
        Assert.Contains("Cannot start", output);
        Assert.Contains("PeerConnClient 'initiator'", output);
        Assert.Contains("BCE_ACCESS_KEY_ID", output);
        Assert.Contains(home.CliConfigPath, output);
        Assert.Empty(emulator.State.Connections);
    }

    private static string[] ServiceArguments(BceEmulator emulator) =>
    [
        "--Sample:UseEmulator=false",
        $"--Bce:Initiator:Endpoint={emulator.Endpoint}",
        $"--Bce:Peer:Endpoint={emulator.Endpoint}",
    ];

    /// <summary>Runs the sample with HOME at <paramref name="home"/> and no BCE_* variables, so only that home can hold credentials.</summary>
    private static async Task<(int ExitCode, string Output)> RunSampleAsync(string[] arguments, TemporaryHome home)
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

        foreach (var name in start.Environment.Keys.Where(name => name.StartsWith("BCE_", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["HOME"] = home.Directory;
        start.Environment["USERPROFILE"] = home.Directory;

        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }
}
