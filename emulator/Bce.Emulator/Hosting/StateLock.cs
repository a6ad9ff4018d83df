namespace Bce.Emulator.Hosting;

/// <summary>
/// The one lock over every stored resource (VPCs, subnets, IP reserves, peer connections). Rules span them — a VPC
/// with connections cannot be deleted, a connection must name a VPC of the right account — so the services share it
/// and every rule sees one consistent state. It is re-entrant, so a service may ask another while holding it.
/// </summary>
internal sealed class StateLock
{
    private readonly object _gate = new();

    /// <summary>Runs <paramref name="action"/> holding the lock.</summary>
    public T Run<T>(Func<T> action)
    {
        lock (_gate)
        {
            return action();
        }
    }
}
