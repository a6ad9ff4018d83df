using System.Net;
using Bce.Emulator.Auth;
using Bce.Emulator.Hosting;
using Bce.Emulator.Idempotency;
using Bce.Emulator.PeerConns;
using Bce.Emulator.Sts;
using Bce.Emulator.Vpcs;
using Bce.Emulator.Wire;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bce.Emulator;

/// <summary>
/// A local stand-in for the Baidu AI Cloud VPC service — VPCs, subnets, reserved CIDRs and peer connections (PeerConn)
/// — and the STS GetSessionToken call, listening on loopback. Start one with <see cref="StartAsync"/>, point a client at <see cref="Endpoint"/>, sign with one of
/// <see cref="Accounts"/> (by default <see cref="EmulatorDefaults.Primary"/> and <see cref="EmulatorDefaults.Secondary"/>),
/// inject faults with <see cref="Faults"/>, and dispose it when done.
/// </summary>
/// <example>
/// <code>
/// await using var emulator = await BceEmulator.StartAsync();
/// var (accessKeyId, secretAccessKey) = (EmulatorDefaults.Primary.AccessKeyId, EmulatorDefaults.Primary.SecretAccessKey);
/// emulator.Faults.Add(new FaultRule(FaultKind.Status503) { Operation = OperationNames.CreatePeerConn, Times = 1 });
/// // point a client at emulator.Endpoint, signed with those keys
/// </code>
/// </example>
public sealed class BceEmulator : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _stopped;

    private BceEmulator(WebApplication app, Uri endpoint, IReadOnlyList<EmulatorAccount> accounts, FaultInjector faults, EmulatorState state)
    {
        _app = app;
        Endpoint = endpoint;
        Accounts = accounts;
        Faults = faults;
        State = state;
    }

    /// <summary>Where the emulator listens, <c>http://127.0.0.1:PORT</c>: the endpoint to give a client.</summary>
    public Uri Endpoint { get; }

    /// <summary>The accounts it serves: <see cref="EmulatorOptions.Accounts"/>, or the two defaults when none were given.</summary>
    public IReadOnlyList<EmulatorAccount> Accounts { get; }

    /// <summary>Fault rules and request/fault counters; rules can be added and cleared at any time, while requests run.</summary>
    public FaultInjector Faults { get; }

    /// <summary>Read-only snapshots of the stored connections, VPCs and subnets.</summary>
    public EmulatorState State { get; }

    /// <summary>Starts an emulator on loopback.</summary>
    /// <param name="options">How to start it; null for the defaults (free port, the two default accounts).</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <exception cref="ArgumentException">The options are inconsistent.</exception>
    public static async Task<BceEmulator> StartAsync(EmulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new EmulatorOptions();
        options.Validate();
        var accounts = options.EffectiveAccounts();
        var time = options.TimeProvider;

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = [],
            ApplicationName = typeof(BceEmulator).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Logging.ClearProviders();
        if (options.LogToConsole)
        {
            builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        }

        builder.Services.AddSingleton<IHostLifetime, PassiveHostLifetime>();
        builder.WebHost.UseKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(IPAddress.Loopback, options.Port);
        });

        var app = builder.Build();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Bce.Emulator");
        var faults = new FaultInjector(options.FaultSeed ?? Random.Shared.Next());
        var credentials = new CredentialStore(accounts);
        var idempotency = new IdempotencyStore(time);
        var gate = new StateLock();
        var vpcStore = new VpcStore(accounts, time.GetUtcNow());
        var peerConns = new PeerConnService(accounts, vpcStore, gate, options.Region, time, options.TransitionDuration);
        var vpcs = new VpcService(vpcStore, gate, peerConns, options.Region, time);
        var pipeline = new RequestPipeline(faults, new BceAuthVerifier(credentials, time, options.ClockSkewAllowance), idempotency, logger);

        app.Use(RequestIds.AssignAsync);
        app.Use(new ErrorBoundary(logger).InvokeAsync);
        app.UseRouting();
        new PeerConnEndpoints(peerConns, pipeline, options.NotFoundAsEmptyBody).Map(app);
        new VpcEndpoints(vpcs, pipeline).Map(app);
        SessionTokenEndpoint.Map(app, pipeline, new SessionTokenIssuer(credentials, time));
        app.MapFallback(UnknownRoutes.AnswerAsync);

        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var port = new Uri(address).Port;
        return new BceEmulator(app, new Uri($"http://127.0.0.1:{port}"), accounts, faults, new EmulatorState(peerConns, vpcs, idempotency));
    }

    /// <summary>Stops listening; in-flight requests get a moment to finish. Safe to call more than once.</summary>
    public async Task StopAsync()
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 0)
        {
            using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await _app.StopAsync(grace.Token);
        }
    }

    /// <summary>Stops the emulator and releases it.</summary>
    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        await _app.DisposeAsync();
    }
}
