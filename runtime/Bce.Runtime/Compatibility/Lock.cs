#if !NET
namespace System.Threading;

/// <summary>
/// netstandard2.0 stand-in for .NET 9's <c>System.Threading.Lock</c>, so <c>lock (_lock)</c> reads the same on both
/// targets. The compiler turns <c>lock</c> on a type of this name into <see cref="EnterScope"/>; here that is a
/// <see cref="Monitor"/> on a private object, exactly what <c>lock</c> on an <see cref="object"/> would do.
/// </summary>
internal sealed class Lock
{
    private readonly object _gate = new();

    public Scope EnterScope()
    {
        Monitor.Enter(_gate);
        return new Scope(_gate);
    }

    /// <summary>Held until disposed, at the end of the <c>lock</c> block.</summary>
    public readonly ref struct Scope
    {
        private readonly object _gate;

        internal Scope(object gate) => _gate = gate;

        public void Dispose() => Monitor.Exit(_gate);
    }
}
#endif
