using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using Bce.Emulator.Tests.Infrastructure;

namespace Bce.Emulator.Tests.Tool;

/// <summary>
/// The built tool (<c>Bce.Emulator.Tool.dll</c>, copied beside the tests) run as a separate process, the way
/// <c>bce-emulator</c> runs once installed: help, errors, the banner, a signed request, and a clean stop on a signal.
/// </summary>
public sealed partial class ToolProcessTests
{
    [Fact]
    public async Task Help_prints_usage_and_exits_0()
    {
        var (exitCode, output, error) = await RunToCompletionAsync("--help");
        Assert.Equal(0, exitCode);
        Assert.StartsWith("usage: bce-emulator", output);
        Assert.Contains("--fault-kind", output);
        Assert.Equal(string.Empty, error);
    }

    [Theory]
    [InlineData("--port", "eighty")]
    [InlineData("--bogus")]
    public async Task Bad_arguments_print_the_problem_and_usage_and_exit_2(params string[] args)
    {
        var (exitCode, output, error) = await RunToCompletionAsync(args);
        Assert.Equal(2, exitCode);
        Assert.StartsWith($"bce-emulator: ", error);
        Assert.Contains(args[0], error.Split('\n')[0]);
        Assert.Contains("usage: bce-emulator", error);
        Assert.Equal(string.Empty, output);
    }

    [Fact]
    public async Task Inconsistent_accounts_fail_the_start_with_exit_1()
    {
        var (exitCode, _, error) = await RunToCompletionAsync("--account", "a:k:s", "--account", "a:k2:s");
        Assert.Equal(1, exitCode);
        Assert.Contains("cannot start", error);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(15)]
    public async Task Prints_its_address_serves_signed_requests_and_exits_0_on_a_signal(int signal)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            return;
        }

        using var process = Start("--port", "0", "--account", "custom:custom-ak:custom-sk", "--account",
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
    public async Task Vpcs_named_on_an_account_flag_are_served_as_vpc_records_with_default_cidrs()
    {
        using var process = Start("--account", "acct-cli:ak-cli:sk-cli:vpc-clione00001,vpc-clitwo00002");
        try
        {
            var address = ListeningLine().Match(await ReadLineAsync(process)).Groups["address"].Value;
            Assert.Contains("vpcs vpc-clione00001,vpc-clitwo00002", await ReadLineAsync(process));

            using var http = new HttpClient { BaseAddress = new Uri(address) };
            var client = new BceTestClient(http, TimeProvider.System, new TestCredentials("ak-cli", "sk-cli"));
            var vpcs = (await client.ListVpcsOkAsync()).GetProperty("vpcs").EnumerateArray().ToList();
            Assert.Equal(["vpc-clione00001", "vpc-clitwo00002"], vpcs.Select(v => v.GetProperty("vpcId").GetString()));
            Assert.Equal(["10.0.0.0/16", "10.1.0.0/16"], vpcs.Select(v => v.GetProperty("cidr").GetString()));
            Assert.Equal([true, false], vpcs.Select(v => v.GetProperty("isDefault").GetBoolean()));
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
    public async Task A_fault_flag_is_announced_with_its_seed_and_applied()
    {
        using var process = Start("--fault-rate", "1", "--fault-kind", "Status500", "--fault-operation", "ListPeerConn", "--seed", "42");
        try
        {
            var address = ListeningLine().Match(await ReadLineAsync(process)).Groups["address"].Value;
            await ReadLineAsync(process);
            await ReadLineAsync(process);
            Assert.Equal("faults Status500 rate 1 on ListPeerConn seed 42", await ReadLineAsync(process));

            using var http = new HttpClient { BaseAddress = new Uri(address) };
            var client = new BceTestClient(http, TimeProvider.System, TestCredentials.Of(EmulatorDefaults.Primary));
            using var response = await client.ListAsync();
            await response.ShouldBeErrorAsync(500, "InternalError");
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }

    private static Process Start(params string[] args)
    {
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";

        // A test run started as a background job inherits an ignored SIGINT, and so would the tool (an ignored signal
        // stays ignored across exec): the SIGINT case would test the shell, not the tool. GNU env resets both.
        var resetSignals = OperatingSystem.IsLinux() && File.Exists("/usr/bin/env");
        var start = new ProcessStartInfo(resetSignals ? "/usr/bin/env" : dotnet)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (resetSignals)
        {
            start.ArgumentList.Add("--default-signal=INT,TERM");
            start.ArgumentList.Add(dotnet);
        }

        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Bce.Emulator.Tool.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start) ?? throw new InvalidOperationException("The tool process did not start.");
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunToCompletionAsync(params string[] args)
    {
        using var process = Start(args);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }

    private static async Task<string> ReadLineAsync(Process process)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        return await process.StandardOutput.ReadLineAsync(timeout.Token) ?? string.Empty;
    }

    [GeneratedRegex("^listening on (?<address>http://127\\.0\\.0\\.1:[0-9]+)$")]
    private static partial Regex ListeningLine();

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
