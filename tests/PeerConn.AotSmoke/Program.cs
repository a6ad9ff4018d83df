using Bce.Testing;

namespace PeerConn.AotSmoke;

/// <summary>
/// Runs every check in order, prints one line per check, and exits 0 only when all of them pass. Published with
/// NativeAOT this proves that the generated client and the runtime work without a JIT or reflection.
/// </summary>
internal static class Program
{
    private static async Task<int> Main()
    {
        // 0 in a NativeAOT binary, which has no JIT: shows which kind of build produced the output.
        Console.WriteLine($"methods compiled by the JIT so far: {System.Runtime.JitInfo.GetCompiledMethodCount()}");
        var failures = 0;
        foreach (var (name, check) in ModelRoundTrips.Checks())
        {
            failures += await RunAsync(name, () =>
            {
                check();
                return Task.CompletedTask;
            });
        }

        await using (var server = await LoopbackServer.StartAsync())
        {
            using var client = ClientCalls.CreateClient(server);
            foreach (var (name, check) in ClientCalls.Checks(client, server))
            {
                failures += await RunAsync(name, check);
            }

            // After ClientCalls: they share its server's answers and signature check.
            foreach (var (name, check) in ConfiguredClients.Checks(server))
            {
                failures += await RunAsync(name, check);
            }
        }

        Console.WriteLine(failures == 0 ? "AOT smoke: all checks passed" : $"AOT smoke: {failures} check(s) failed");
        return failures == 0 ? 0 : 1;
    }

    private static async Task<int> RunAsync(string name, Func<Task> check)
    {
        try
        {
            await check();
            Console.WriteLine($"ok   {name}");
            return 0;
        }
        catch (Exception exception)
        {
            Console.WriteLine($"FAIL {name}: {exception.GetType().Name}: {exception.Message}");
            return 1;
        }
    }
}
