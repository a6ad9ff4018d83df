using Bce.Emulator;
using Bce.Runtime;
using Bce.Runtime.Credentials;
using Bce.Runtime.Errors;
using Bce.Vpc.PeerConnections;
using PeerConn.Sample;

// The PeerConn life cycle, end to end. By default on an emulator started in this process (no account needed);
// with --endpoint on a real BCE endpoint, with credentials from the environment.
SampleOptions options;
try
{
    options = SampleOptions.Parse(args);
}
catch (ArgumentException error)
{
    Console.Error.WriteLine(error.Message);
    return 2;
}

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

var table = new StepTable();
if (options.Endpoint is { } endpoint)
{
    BceCredentials credentials;
    try
    {
        credentials = await new EnvironmentCredentialProvider().GetCredentialsAsync(cancellation.Token);
    }
    catch (BceClientException error)
    {
        Console.Error.WriteLine(error.Message);
        return 2;
    }

    Console.WriteLine($"PeerConn sample against {endpoint} as {credentials}");
    using var client = new PeerConnClient(credentials, new BceClientOptions { Endpoint = endpoint, Region = options.Region });
    await new SingleAccountLifecycle(client, options, table).RunAsync(cancellation.Token);
}
else
{
    await using var emulator = await BceEmulator.StartAsync(new EmulatorOptions(), cancellation.Token);
    Console.WriteLine($"PeerConn sample against the embedded emulator at {emulator.Endpoint}");
    var clientOptions = new BceClientOptions { Endpoint = emulator.Endpoint, Region = EmulatorDefaults.Region };
    using var primary = new PeerConnClient(ToCredentials(EmulatorDefaults.Primary), clientOptions);
    using var secondary = new PeerConnClient(ToCredentials(EmulatorDefaults.Secondary), clientOptions);
    await new SingleAccountLifecycle(primary, options, table).RunAsync(cancellation.Token);
    await new CrossAccountLifecycle(primary, secondary, table).RunAsync(cancellation.Token);
}

Console.WriteLine();
Console.WriteLine(table.Failures == 0 ? "Life cycle complete: every step behaved as expected." : $"{table.Failures} step(s) failed.");
return table.Failures == 0 ? 0 : 1;

static BceCredentials ToCredentials(EmulatorAccount account) => new(account.AccessKeyId, account.SecretAccessKey);
