using Bce.Emulator;
using Bce.Runtime.Credentials;
using Bce.Vpc.PeerConnections;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace PeerConn.HostedSample;

/// <summary>
/// A generic host holding two PeerConn clients, one per account, both configured in appsettings.json and registered
/// with the generated <c>AddPeerConnClient</c>. By default it runs on an emulator it starts itself; with
/// <c>--Sample:UseEmulator=false</c> it uses the endpoints or regions of <c>Bce:Initiator</c> and <c>Bce:Peer</c> and
/// their profiles through the credential chain (environment, <c>~/.bce/config.json</c>, <c>~/.bce/credentials</c>).
/// </summary>
public static class Program
{
    /// <summary>The service key of the client that asks for the connection.</summary>
    public const string Initiator = "initiator";

    /// <summary>The service key of the client of the account that accepts it.</summary>
    public const string Peer = "peer";

    public static async Task<int> Main(string[] args)
    {
        // appsettings.json sits next to the program, wherever it is started from.
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = args, ContentRootPath = AppContext.BaseDirectory });
        var sample = builder.Configuration.GetSection("Sample").Get<SampleSettings>() ?? new SampleSettings();
        await using var emulator = sample.UseEmulator ? await BceEmulator.StartAsync() : null;
        if (emulator is not null)
        {
            UseEmulator(builder, emulator);
        }

        builder.Services.Configure<SampleSettings>(builder.Configuration.GetSection("Sample"));
        builder.Services.AddPeerConnClient(Initiator, builder.Configuration.GetSection("Bce:Initiator"));
        builder.Services.AddPeerConnClient(Peer, builder.Configuration.GetSection("Bce:Peer"));
        builder.Services.AddHostedService<CrossAccountPeering>();

        using var host = builder.Build();
        try
        {
            await host.RunAsync();
        }
        catch (OptionsValidationException error)
        {
            // Missing credentials or settings the clients would refuse: one message, before anything was sent.
            Console.Error.WriteLine($"Cannot start: {error.Message}");
            return 2;
        }

        return Environment.ExitCode;
    }

    /// <summary>
    /// Points both clients at the emulator and signs with its two test accounts: keyed credential providers take the
    /// place of the profiles, exactly as an application would register an STS provider of its own.
    /// </summary>
    private static void UseEmulator(HostApplicationBuilder builder, BceEmulator emulator)
    {
        Console.WriteLine($"PeerConn hosted sample against the embedded emulator at {emulator.Endpoint}");
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Bce:Initiator:Endpoint"] = emulator.Endpoint.ToString(),
            ["Bce:Peer:Endpoint"] = emulator.Endpoint.ToString(),
            ["Sample:LocalVpcId"] = EmulatorDefaults.PrimaryVpcA,
            ["Sample:PeerVpcId"] = EmulatorDefaults.SecondaryVpcA,
            ["Sample:PeerAccountId"] = EmulatorDefaults.Secondary.AccountId,
            ["Sample:PeerRegion"] = EmulatorDefaults.Region,
        });
        builder.Services.AddKeyedSingleton<BceCredentialProvider>(Initiator, new StaticCredentialProvider(EmulatorDefaults.Primary.AccessKeyId, EmulatorDefaults.Primary.SecretAccessKey));
        builder.Services.AddKeyedSingleton<BceCredentialProvider>(Peer, new StaticCredentialProvider(EmulatorDefaults.Secondary.AccessKeyId, EmulatorDefaults.Secondary.SecretAccessKey));
    }
}
