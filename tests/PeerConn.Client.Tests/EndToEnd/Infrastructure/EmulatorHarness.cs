using Bce.Emulator;
using Bce.Runtime;
using Bce.Runtime.Credentials;
using Bce.Vpc.PeerConnections;
using PeerConnModel = Bce.Vpc.PeerConnections.PeerConn;

namespace PeerConn.Client.Tests.EndToEnd.Infrastructure;

/// <summary>
/// An emulator on a free loopback port plus generated clients signed as its two default accounts, with retries fast
/// enough for tests. Disposing it disposes every client it built and stops the emulator.
/// </summary>
public sealed class EmulatorHarness : IAsyncDisposable
{
    /// <summary>Long-term keys of <see cref="EmulatorDefaults.Primary"/>.</summary>
    public static readonly BceCredentials PrimaryCredentials =
        new(EmulatorDefaults.Primary.AccessKeyId, EmulatorDefaults.Primary.SecretAccessKey);

    /// <summary>Long-term keys of <see cref="EmulatorDefaults.Secondary"/>.</summary>
    public static readonly BceCredentials SecondaryCredentials =
        new(EmulatorDefaults.Secondary.AccessKeyId, EmulatorDefaults.Secondary.SecretAccessKey);

    private readonly List<IDisposable> _owned = [];
    private readonly Action<BceClientOptions>? _configureClients;

    private EmulatorHarness(BceEmulator emulator, TimeProvider clock, Action<BceClientOptions>? configureClients)
    {
        Emulator = emulator;
        Clock = clock;
        _configureClients = configureClients;
        Primary = NewClient(PrimaryCredentials);
        Secondary = NewClient(SecondaryCredentials);
    }

    /// <summary>The running emulator.</summary>
    public BceEmulator Emulator { get; }

    /// <summary>The clock the emulator runs on; clients built here sign with it too.</summary>
    public TimeProvider Clock { get; }

    /// <summary>A client signed as <see cref="EmulatorDefaults.Primary"/>.</summary>
    public PeerConnClient Primary { get; }

    /// <summary>A client signed as <see cref="EmulatorDefaults.Secondary"/>.</summary>
    public PeerConnClient Secondary { get; }

    /// <summary>Starts an emulator (free port) and builds the two clients.</summary>
    /// <param name="options">Emulator options; null for the defaults.</param>
    /// <param name="configureClients">Adjusts the options of every client this harness builds.</param>
    public static async Task<EmulatorHarness> StartAsync(EmulatorOptions? options = null, Action<BceClientOptions>? configureClients = null)
    {
        options ??= new EmulatorOptions();
        var emulator = await BceEmulator.StartAsync(options);
        return new EmulatorHarness(emulator, options.TimeProvider, configureClients);
    }

    /// <summary>
    /// Client options for this emulator: its address, region bj, the emulator's clock, 3 retries 1–5 ms apart and a
    /// generous attempt timeout (nothing here should ever wait for it).
    /// </summary>
    public BceClientOptions ClientOptions(Action<BceClientOptions>? configure = null)
    {
        var options = new BceClientOptions
        {
            Endpoint = Emulator.Endpoint,
            Region = "bj",
            TimeProvider = Clock,
            AttemptTimeout = TimeSpan.FromSeconds(15),
            Retry = { MaxRetries = 3, Delay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(5) },
        };
        _configureClients?.Invoke(options);
        configure?.Invoke(options);
        return options;
    }

    /// <summary>A client with fixed credentials, disposed with the harness.</summary>
    public PeerConnClient NewClient(BceCredentials credentials, Action<BceClientOptions>? configure = null) =>
        Own(new PeerConnClient(credentials, ClientOptions(configure)));

    /// <summary>A client asking a provider for credentials, disposed with the harness.</summary>
    public PeerConnClient NewClient(BceCredentialProvider credentials, Action<BceClientOptions>? configure = null) =>
        Own(new PeerConnClient(credentials, ClientOptions(configure)));

    /// <summary>Disposes <paramref name="disposable"/> with the harness.</summary>
    public T Own<T>(T disposable)
        where T : IDisposable
    {
        lock (_owned)
        {
            _owned.Add(disposable);
        }

        return disposable;
    }

    /// <summary>Creates a same-account Postpaid connection (active at once) and returns its id.</summary>
    public async Task<string> CreateSameAccountAsync(string? localVpcId = null, string? peerVpcId = null, int bandwidth = 10) =>
        (await Primary.CreatePeerConnAsync(PeerConnRequests.SameAccount(localVpcId, peerVpcId, bandwidth))).Value.PeerConnId!;

    /// <summary>Creates a Primary → Secondary connection, left consulting, and returns its id.</summary>
    public async Task<string> CreateCrossAccountAsync(string? localVpcId = null, string? peerVpcId = null, int bandwidth = 10) =>
        (await Primary.CreatePeerConnAsync(PeerConnRequests.CrossAccount(localVpcId, peerVpcId, bandwidth))).Value.PeerConnId!;

    /// <summary>Creates a Primary → Secondary connection and has Secondary accept it; returns its id.</summary>
    public async Task<string> CreateAcceptedCrossAccountAsync(int bandwidth = 10)
    {
        var id = await CreateCrossAccountAsync(bandwidth: bandwidth);
        await Secondary.AcceptPeerConnApplyAsync(new AcceptPeerConnApplyRequest { PeerConnId = id });
        return id;
    }

    /// <summary>Creates a Prepaid cross-region connection (same account unless <paramref name="peerAccountId"/>) and returns its id.</summary>
    public async Task<string> CreatePrepaidAsync(int months = 1, string? peerAccountId = null, int bandwidth = 10) =>
        (await Primary.CreatePeerConnAsync(PeerConnRequests.PrepaidCrossRegion(months, peerAccountId, bandwidth))).Value.PeerConnId!;

    /// <summary>GetPeerConnDetail as <paramref name="client"/> (Primary when null), optionally from one role.</summary>
    public Task<BceResponse<PeerConnModel>> DetailAsync(string peerConnId, PeerConnRole? role = null, PeerConnClient? client = null) =>
        (client ?? Primary).GetPeerConnDetailAsync(new GetPeerConnDetailRequest { PeerConnId = peerConnId, Role = role });

    /// <summary>The status as Primary sees it.</summary>
    public async Task<PeerConnStatus?> StatusAsync(string peerConnId) => (await DetailAsync(peerConnId)).Value.Status;

    /// <summary>Live connections in the emulator that touch <paramref name="vpcId"/>.</summary>
    public IReadOnlyList<PeerConnSnapshot> LiveConnectionsOf(string vpcId) =>
        Emulator.State.Connections
            .Where(c => !c.IsDeleted && (c.InitiatorVpcId == vpcId || c.AcceptorVpcId == vpcId))
            .ToList();

    /// <summary>Disposes the clients, then stops the emulator.</summary>
    public async ValueTask DisposeAsync()
    {
        lock (_owned)
        {
            foreach (var disposable in _owned)
            {
                disposable.Dispose();
            }

            _owned.Clear();
        }

        await Emulator.DisposeAsync();
    }
}
