using Microsoft.Extensions.Hosting;

namespace PeerConn.Emulator.Hosting;

/// <summary>
/// A host lifetime that ignores Ctrl+C and SIGTERM. An emulator embedded in a test process must not react to the
/// process's signals; the command line handles signals itself and calls <see cref="PeerConnEmulator.StopAsync"/>.
/// </summary>
internal sealed class PassiveHostLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
