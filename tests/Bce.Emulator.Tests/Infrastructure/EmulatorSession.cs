using Microsoft.Extensions.Time.Testing;

namespace Bce.Emulator.Tests.Infrastructure;

/// <summary>
/// An emulator started in-process on a free port with a fake clock, plus signed clients for the two default
/// accounts. Used as an xunit class fixture (one emulator per test class) or started directly by tests that need
/// special options.
/// </summary>
public sealed class EmulatorSession : IAsyncLifetime, IAsyncDisposable
{
    /// <summary>Where the fake clock starts: the signing vectors' timestamp.</summary>
    public static readonly DateTimeOffset Epoch = new(2025, 1, 15, 8, 0, 0, TimeSpan.Zero);

    private readonly Action<EmulatorOptions>? _configure;
    private BceEmulator? _emulator;
    private HttpClient? _http;

    public EmulatorSession()
        : this(null)
    {
    }

    private EmulatorSession(Action<EmulatorOptions>? configure) => _configure = configure;

    public FakeTimeProvider Time { get; } = new(Epoch);

    public BceEmulator Emulator => _emulator ?? throw new InvalidOperationException("Not started.");

    public HttpClient Http => _http ?? throw new InvalidOperationException("Not started.");

    public BceTestClient Primary => ClientFor(EmulatorDefaults.Primary);

    public BceTestClient Secondary => ClientFor(EmulatorDefaults.Secondary);

    public static async Task<EmulatorSession> StartAsync(Action<EmulatorOptions>? configure = null)
    {
        var session = new EmulatorSession(configure);
        await session.InitializeAsync();
        return session;
    }

    public BceTestClient ClientFor(EmulatorAccount account) => new(Http, Time, TestCredentials.Of(account));

    public BceTestClient ClientFor(TestCredentials credentials) => new(Http, Time, credentials);

    public async Task InitializeAsync()
    {
        var options = new EmulatorOptions { TimeProvider = Time, FaultSeed = 20250115 };
        _configure?.Invoke(options);
        _emulator = await BceEmulator.StartAsync(options);
        _http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromSeconds(30) })
        {
            BaseAddress = _emulator.Endpoint,
            Timeout = TimeSpan.FromSeconds(30),
        };
    }

    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();

    public async ValueTask DisposeAsync()
    {
        _http?.Dispose();
        if (_emulator is not null)
        {
            await _emulator.DisposeAsync();
        }
    }
}
