namespace PeerConn.Client.Tests.EndToEnd.Infrastructure;

/// <summary>
/// One default emulator shared by the tests of a class (xunit runs them one after another). Tests that share it
/// work on fresh VPC ids, so they never see each other's connections; tests that need their own options, clock,
/// faults or exact counts start their own <see cref="EmulatorHarness"/> instead.
/// </summary>
public sealed class EmulatorFixture : IAsyncLifetime
{
    private EmulatorHarness? _harness;

    /// <summary>The shared harness.</summary>
    public EmulatorHarness Harness => _harness ?? throw new InvalidOperationException("The fixture is not initialised.");

    /// <inheritdoc/>
    public async Task InitializeAsync() => _harness = await EmulatorHarness.StartAsync();

    /// <inheritdoc/>
    public async Task DisposeAsync()
    {
        if (_harness is not null)
        {
            await _harness.DisposeAsync();
        }
    }
}
