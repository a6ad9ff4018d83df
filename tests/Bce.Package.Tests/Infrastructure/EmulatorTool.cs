using System.Diagnostics;

namespace Bce.Package.Tests.Infrastructure;

/// <summary>
/// The emulator as a user installs it: <c>dotnet tool install --tool-path … Bce.Emulator.Tool</c> from the feed, then
/// the <c>bce-emulator</c> command started as a process on a free loopback port.
/// </summary>
internal static class EmulatorTool
{
    /// <summary>The documented default account of the emulator (public test keys that open nothing but an emulator).</summary>
    public const string AccessKeyId = "a0000000000000000000000000000001";

    public const string SecretAccessKey = "b0000000000000000000000000000001";

    public static string Install(PackageFeed feed)
    {
        var toolPath = Path.Combine(feed.Root, "tools");
        var command = Path.Combine(toolPath, OperatingSystem.IsWindows() ? "bce-emulator.exe" : "bce-emulator");
        if (File.Exists(command))
        {
            return command;
        }

        var install = feed.Dotnet(feed.Root,
            "tool", "install", "Bce.Emulator.Tool", "--version", feed.Version, "--tool-path", toolPath, "--add-source", feed.Folder);
        if (install.ExitCode != 0 || !File.Exists(command))
        {
            throw new InvalidOperationException("dotnet tool install Bce.Emulator.Tool failed:\n" + install);
        }

        return command;
    }

    /// <summary>Starts the installed tool and waits for its first line, <c>listening on http://127.0.0.1:PORT</c>.</summary>
    public static async Task<RunningEmulator> StartAsync(PackageFeed feed)
    {
        var command = Install(feed);
        var process = Process.Start(DotnetCli.CreateStartInfo(command, feed.Root, feed.PackagesFolder, ["--port", "0"]))!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            var line = await process.StandardOutput.ReadLineAsync(timeout.Token);
            const string Prefix = "listening on ";
            if (line is null || !line.StartsWith(Prefix, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"bce-emulator did not start: '{line}' {await process.StandardError.ReadToEndAsync(timeout.Token)}");
            }

            // Keep draining its output so a chatty emulator never blocks on a full pipe.
            _ = process.StandardOutput.ReadToEndAsync();
            _ = process.StandardError.ReadToEndAsync();
            return new RunningEmulator(process, new Uri(line[Prefix.Length..].Trim()));
        }
        catch
        {
            process.Kill(entireProcessTree: true);
            process.Dispose();
            throw;
        }
    }
}

/// <summary>A running <c>bce-emulator</c> process; disposing stops it.</summary>
internal sealed class RunningEmulator(Process process, Uri endpoint) : IDisposable
{
    public Uri Endpoint { get; } = endpoint;

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(10_000);
        }

        process.Dispose();
    }
}
