using System.Diagnostics;
using System.Runtime.InteropServices;
using PeerConn.Emulator.Hosting;
using PeerConn.Emulator.Tests.Infrastructure;

namespace PeerConn.Emulator.Tests.Hosting;

/// <summary>The command line: argument parsing, and the built emulator run as a separate process.</summary>
public sealed partial class CommandLineTests
{
    [Fact]
    public void Parses_every_option()
    {
        var parsed = CommandLine.Parse([
            "--port", "8123", "--account", "acct:ak:sk:vpc-a,vpc-b", "--account", "other:ak2:sk2", "--seed", "7",
            "--fault-rate", "0.25", "--fault-kind", "DropConnection", "--fault-operation", "CreatePeerConn", "--region", "gz",
            "--transition-seconds", "5", "--not-found-as-empty-body", "--log",
        ]);
        var options = parsed.Options;
        Assert.Equal(8123, options.Port);
        Assert.Equal(["acct", "other"], options.Accounts.Select(a => a.AccountId));
        Assert.Equal(["vpc-a", "vpc-b"], options.Accounts[0].VpcIds);
        Assert.Equal(7, options.FaultSeed);
        Assert.Equal("gz", options.Region);
        Assert.Equal(TimeSpan.FromSeconds(5), options.TransitionDuration);
        Assert.True(options.NotFoundAsEmptyBody);
        Assert.True(options.LogToConsole);
        Assert.Equal(new FaultRule(FaultKind.DropConnection) { Rate = 0.25, Operation = "CreatePeerConn" }, parsed.Fault);
    }

    [Fact]
    public void Without_arguments_it_serves_the_defaults_without_faults()
    {
        var parsed = CommandLine.Parse([]);
        Assert.Empty(parsed.Options.Accounts);
        Assert.Null(parsed.Fault);
        Assert.Equal(0, parsed.Options.Port);
    }

    [Theory]
    [InlineData("--port")]
    [InlineData("--port", "eighty")]
    [InlineData("--account", "only:two")]
    [InlineData("--fault-rate", "2")]
    [InlineData("--fault-kind", "Meteor")]
    [InlineData("--fault-operation", "Reboot")]
    [InlineData("--verbose")]
    public void Bad_arguments_are_a_FormatException(params string[] args)
    {
        Assert.Throws<FormatException>(() => CommandLine.Parse(args));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(15)]
    public async Task The_built_emulator_prints_its_address_serves_and_exits_0_on_a_signal(int signal)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            return;
        }

        using var process = StartEmulatorProcess("--port", "0", "--account", "custom:custom-ak:custom-sk", "--account",
            $"{EmulatorDefaults.Primary.AccountId}:{EmulatorDefaults.Primary.AccessKeyId}:{EmulatorDefaults.Primary.SecretAccessKey}");
        try
        {
            var first = await ReadLineAsync(process);
            var match = ListeningLine().Match(first);
            Assert.True(match.Success, $"First line was '{first}'.");
            var custom = await ReadLineAsync(process);
            Assert.Contains("custom-ak", custom);
            Assert.DoesNotContain("custom-sk", custom);
            Assert.Contains(EmulatorDefaults.Primary.SecretAccessKey, await ReadLineAsync(process));

            using var http = new HttpClient { BaseAddress = new Uri(match.Groups["address"].Value) };
            var client = new BceTestClient(http, TimeProvider.System, TestCredentials.Of(EmulatorDefaults.Primary));
            using (var response = await client.ListAsync())
            {
                await response.ShouldBeJsonAsync();
            }

            Assert.Equal(0, Kill(process.Id, signal));
            using var exited = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            await process.WaitForExitAsync(exited.Token);
            Assert.Equal(0, process.ExitCode);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }

    [Fact]
    public async Task The_built_emulator_exits_2_on_bad_arguments()
    {
        using var process = StartEmulatorProcess("--port", "eighty");
        using var exited = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        await process.WaitForExitAsync(exited.Token);
        Assert.Equal(2, process.ExitCode);
        Assert.Contains("usage:", await process.StandardError.ReadToEndAsync());
    }

    private static Process StartEmulatorProcess(params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "PeerConn.Emulator.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start) ?? throw new InvalidOperationException("The emulator process did not start.");
    }

    private static async Task<string> ReadLineAsync(Process process)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        return await process.StandardOutput.ReadLineAsync(timeout.Token) ?? string.Empty;
    }

    [System.Text.RegularExpressions.GeneratedRegex("^listening on (?<address>http://127\\.0\\.0\\.1:[0-9]+)$")]
    private static partial System.Text.RegularExpressions.Regex ListeningLine();

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
