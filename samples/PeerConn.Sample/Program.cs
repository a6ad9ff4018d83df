using Bce.Emulator;
using Bce.Runtime;
using Bce.Runtime.Credentials;
using Bce.Runtime.Errors;
using Bce.Vpc.PeerConnections;
using Bce.Vpc.Vpcs;
using PeerConn.Sample;

// The PeerConn life cycle, end to end: two VPCs created through the generated VpcClient, the peer connection between
// them, and everything deleted again. By default on an emulator started in this process (no account needed); with
// --endpoint on a real BCE endpoint, with credentials from the environment.
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
    var clientOptions = new BceClientOptions { Endpoint = endpoint, Region = options.Region };
    using var client = new PeerConnClient(credentials, clientOptions);
    using var vpcClient = new VpcClient(credentials, clientOptions);
    await RunSingleAccountAsync(client, vpcClient);
}
else
{
    await using var emulator = await BceEmulator.StartAsync(new EmulatorOptions(), cancellation.Token);
    Console.WriteLine($"PeerConn sample against the embedded emulator at {emulator.Endpoint}");
    var clientOptions = new BceClientOptions { Endpoint = emulator.Endpoint, Region = EmulatorDefaults.Region };
    using var primary = new PeerConnClient(ToCredentials(EmulatorDefaults.Primary), clientOptions);
    using var secondary = new PeerConnClient(ToCredentials(EmulatorDefaults.Secondary), clientOptions);
    using var vpcClient = new VpcClient(ToCredentials(EmulatorDefaults.Primary), clientOptions);
    await RunSingleAccountAsync(primary, vpcClient);
    await new CrossAccountLifecycle(primary, secondary, table).RunAsync(cancellation.Token);
}

Console.WriteLine();
Console.WriteLine(table.Failures == 0 ? "Life cycle complete: every step behaved as expected." : $"{table.Failures} step(s) failed.");
return table.Failures == 0 ? 0 : 1;

static BceCredentials ToCredentials(EmulatorAccount account) => new(account.AccessKeyId, account.SecretAccessKey);

// The VPCs first (unless the command line names them), then the peer connection between them; the VPCs the sample
// created are deleted last, whatever happened in between.
async Task RunSingleAccountAsync(PeerConnClient client, VpcClient vpcClient)
{
    table.PrintHeader($"VPCs for the single-account peer connection in {options.Region}");
    var vpcs = new SampleVpcs(vpcClient, table);
    try
    {
        var localVpcId = await vpcs.UseOrCreateAsync(options.LocalVpcId, "local", "192.168.0.0/16", cancellation.Token);
        var peerVpcId = await vpcs.UseOrCreateAsync(options.PeerVpcId, "peer", "172.16.0.0/16", cancellation.Token);
        if (localVpcId is not null && peerVpcId is not null)
        {
            await new SingleAccountLifecycle(client, options.Region, localVpcId, peerVpcId, table).RunAsync(cancellation.Token);
        }
    }
    finally
    {
        await vpcs.DeleteCreatedAsync();
    }
}
