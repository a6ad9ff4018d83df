using System.Runtime.InteropServices;

namespace Bce.Emulator.Tool;

/// <summary>
/// <c>bce-emulator [options]</c>: runs the emulator until SIGINT (Ctrl+C) or SIGTERM, then exits 0. The first line
/// printed is always <c>listening on http://127.0.0.1:PORT</c>. Bad arguments exit 2, a failed start (port in use,
/// inconsistent accounts) exits 1.
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
            await Console.Error.WriteLineAsync("bce-emulator: " + e.Message);
            await Console.Error.WriteLineAsync(CommandLine.Usage);
            return 2;
        }

        if (commandLine.ShowHelp)
        {
            Console.WriteLine(CommandLine.Usage);
            return 0;
        }

        return await RunAsync(commandLine);
    }

    private static async Task<int> RunAsync(CommandLine commandLine)
    {
        var stopRequested = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnSignal(PosixSignalContext context)
        {
            context.Cancel = true;
            stopRequested.TrySetResult();
        }

        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);

        BceEmulator emulator;
        try
        {
            emulator = await BceEmulator.StartAsync(commandLine.Options);
        }
        catch (Exception e) when (e is ArgumentException or IOException)
        {
            await Console.Error.WriteLineAsync("bce-emulator: cannot start: " + e.Message);
            return 1;
        }

        await using (emulator)
        {
            if (commandLine.Fault is { } fault)
            {
                emulator.Faults.Add(fault);
            }

            PrintBanner(emulator, commandLine.Fault);
            await stopRequested.Task;
            await emulator.StopAsync();
        }

        return 0;
    }

    /// <summary>The address first (scripts wait for it), then the accounts, then the fault rule and its seed.</summary>
    private static void PrintBanner(BceEmulator emulator, FaultRule? fault)
    {
        Console.WriteLine($"listening on {emulator.Endpoint.GetLeftPart(UriPartial.Authority)}");
        foreach (var account in emulator.Accounts)
        {
            var secret = IsDocumented(account) ? account.SecretAccessKey : "(hidden)";
            var vpcs = account.VpcIds.Count > 0 ? $" vpcs {string.Join(',', account.VpcIds)}" : string.Empty;
            Console.WriteLine($"account {account.AccountId} ak {account.AccessKeyId} sk {secret}{vpcs}");
        }

        if (fault is not null)
        {
            Console.WriteLine($"faults {fault.Kind} rate {fault.Rate} on {fault.Operation ?? "any operation"} seed {emulator.Faults.Seed}");
        }
    }

    /// <summary>
    /// Whether the account has the keys of a documented test account, whose SK is public and may be printed; any
    /// other SK is someone's choice and stays hidden.
    /// </summary>
    private static bool IsDocumented(EmulatorAccount account) =>
        HasKeysOf(account, EmulatorDefaults.Primary) || HasKeysOf(account, EmulatorDefaults.Secondary);

    private static bool HasKeysOf(EmulatorAccount account, EmulatorAccount documented) =>
        account.AccountId == documented.AccountId
        && account.AccessKeyId == documented.AccessKeyId
        && account.SecretAccessKey == documented.SecretAccessKey;
}
