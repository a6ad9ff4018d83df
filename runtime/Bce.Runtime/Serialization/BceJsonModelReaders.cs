using Bce.Runtime.Compatibility;

namespace Bce.Runtime.Serialization;

/// <summary>
/// (generated code) Where models register how they are read on runtimes that cannot call a static interface member
/// (.NET Framework, through the netstandard2.0 build). On .NET the static <c>ReadJson</c> of
/// <see cref="IBceJsonModel{TSelf}"/> is called directly and nothing needs registering.
/// </summary>
public static class BceJsonModelReaders
{
    /// <summary>Registers the reader of <typeparamref name="T"/>; a later registration replaces an earlier one.</summary>
    /// <typeparam name="T">The model type.</typeparam>
    /// <param name="read">Reads one <typeparamref name="T"/> from a JSON object.</param>
    public static void Register<T>(BceJsonModelReader<T> read)
        where T : IBceJsonModel<T>
    {
        ArgumentNullException.ThrowIfNull(read);
#if !NET
        JsonModelReader<T>.Register(read);
#endif
    }
}
