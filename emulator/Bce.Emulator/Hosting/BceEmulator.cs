using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PeerConn.Emulator.Auth;
using PeerConn.Emulator.Hosting;
using PeerConn.Emulator.Idempotency;
using PeerConn.Emulator.PeerConns;
using PeerConn.Emulator.Sts;
using PeerConn.Emulator.Wire;

namespace PeerConn.Emulator;

/// <summary>
/// A local stand-in for the Baidu AI Cloud VPC PeerConn service (and the STS GetSessionToken call), listening on
/// loopback. Start one with <see cref="StartAsync"/>, point a client at <see cref="BaseAddress"/>, sign with one of
/// <see cref="Accounts"/>, and dispose it when done.
/// </summary>
public sealed class PeerConnEmulator : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _stopped;

    private PeerConnEmulator(WebApplication app, Uri baseAddress, IReadOnlyList<EmulatorAccount> accounts, FaultInjector faults, EmulatorState state)
    {
        _app = app;
        BaseAddress = baseAddress;
        Accounts = accounts;
        Faults = faults;
        State = state;
    }

    /// <summary>Where the emulator listens: <c>http://127.0.0.1:PORT</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The accounts it serves.</summary>
    public IReadOnlyList<EmulatorAccount> Accounts { get; }

    /// <summary>Fault rules and request/fault counters; rules can be added and cleared at any time.</summary>
    public FaultInjector Faults { get; }

    /// <summary>Read-only snapshots of the stored connections.</summary>
    public EmulatorState State { get; }

    /// <summary>Starts an emulator on loopback.</summary>
    /// <param name="options">How to start it; null for the defaults (free port, the two default accounts).</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <exception cref="ArgumentException">The options are inconsistent.</exception>
    public static async Task<PeerConnEmulator> StartAsync(EmulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new EmulatorOptions();
        options.Validate();
        var accounts = options.EffectiveAccounts();
        var time = options.TimeProvider;

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = [],
            ApplicationName = typeof(PeerConnEmulator).Assembly.GetName().Name,
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
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("PeerConn.Emulator");
        var faults = new FaultInjector(options.FaultSeed ?? Random.Shared.Next());
        var credentials = new CredentialStore(accounts);
        var idempotency = new IdempotencyStore(time);
        var peerConns = new PeerConnService(accounts, options.Region, time, options.TransitionDuration);
        var pipeline = new RequestPipeline(faults, new BceAuthVerifier(credentials, time, options.ClockSkewAllowance), idempotency, logger);

        app.Use(RequestIds.AssignAsync);
        app.Use(new ErrorBoundary(logger).InvokeAsync);
        app.UseRouting();
        new PeerConnEndpoints(peerConns, pipeline, options.NotFoundAsEmptyBody).Map(app);
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
        return new PeerConnEmulator(app, new Uri($"http://127.0.0.1:{port}"), accounts, faults, new EmulatorState(peerConns, idempotency));
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
