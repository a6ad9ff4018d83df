using Microsoft.Extensions.Hosting;

namespace Bce.Emulator.Hosting;

/// <summary>
/// A host lifetime that ignores Ctrl+C and SIGTERM. An emulator embedded in a test process must not react to the
/// process's signals; the host decides (the bce-emulator tool handles them itself and calls <see cref="BceEmulator.StopAsync"/>).
/// </summary>
internal sealed class PassiveHostLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
