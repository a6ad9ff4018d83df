using System.Runtime.InteropServices;
using PeerConn.Emulator.Hosting;

namespace PeerConn.Emulator;

/// <summary>
/// <c>dotnet run --project tests/PeerConn.Emulator -- [options]</c>: runs the emulator until SIGINT (Ctrl+C) or
/// SIGTERM, then exits 0. The first line printed is always <c>listening on http://127.0.0.1:PORT</c>.
/// </summary>
internal static class Program
{
    private static async Task<int> Main(string[] args)
    {
        CommandLine commandLine;
        try
        {
            commandLine = CommandLine.Parse(args);
        }
        catch (FormatException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            await Console.Error.WriteLineAsync(CommandLine.Usage);
            return 2;
        }

        if (commandLine.ShowHelp)
        {
            Console.WriteLine(CommandLine.Usage);
            return 0;
        }

        var stopRequested = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnSignal(PosixSignalContext context)
        {
            context.Cancel = true;
            stopRequested.TrySetResult();
        }

        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);

        PeerConnEmulator emulator;
        try
        {
            emulator = await PeerConnEmulator.StartAsync(commandLine.Options);
        }
        catch (Exception e) when (e is ArgumentException or IOException)
        {
            await Console.Error.WriteLineAsync("cannot start: " + e.Message);
            return 1;
        }

        await using (emulator)
        {
            if (commandLine.Fault is { } fault)
            {
                emulator.Faults.Add(fault);
            }

            Console.WriteLine($"listening on {emulator.BaseAddress.GetLeftPart(UriPartial.Authority)}");
            foreach (var account in emulator.Accounts)
            {
                var secret = EmulatorDefaults.IsDocumented(account) ? account.SecretAccessKey : "(hidden)";
                var vpcs = account.VpcIds.Count > 0 ? $" vpcs {string.Join(',', account.VpcIds)}" : string.Empty;
                Console.WriteLine($"account {account.AccountId} ak {account.AccessKeyId} sk {secret}{vpcs}");
            }

            if (commandLine.Fault is { } rule)
            {
                Console.WriteLine($"faults {rule.Kind} rate {rule.Rate} on {rule.Operation ?? "any operation"} seed {emulator.Faults.Seed}");
            }

            await stopRequested.Task;
            await emulator.StopAsync();
        }

        return 0;
    }
}
