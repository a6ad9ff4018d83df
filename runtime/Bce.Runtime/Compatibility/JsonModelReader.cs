#if NET
using System.Runtime.CompilerServices;
#endif
using System.Text.Json;
using Bce.Runtime.Serialization;

namespace Bce.Runtime.Compatibility;

/// <summary>
/// Reads one model of type <typeparamref name="T"/>. On net10.0 this is the model's static
/// <see cref="IBceJsonModel{TSelf}"/> <c>ReadJson</c>, inlined. netstandard2.0's runtimes (.NET Framework) cannot call a
/// static interface member, so there a model registers its reader with <see cref="BceJsonModelReaders.Register{T}"/>
/// (generated code and the runtime do so from a module initializer) and this looks it up; an unregistered type fails loudly.
/// </summary>
internal static class JsonModelReader<T>
    where T : IBceJsonModel<T>
{
#if NET
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Read(ref Utf8JsonReader reader) => T.ReadJson(ref reader);
#else
    private static BceJsonModelReader<T>? s_read;

    public static T Read(ref Utf8JsonReader reader)
    {
        var read = s_read ?? throw new InvalidOperationException(
            $"No JSON reader is registered for {typeof(T).FullName}: on .NET Framework a model registers one with BceJsonModelReaders.Register (generated models do so from a module initializer).");
        return read(ref reader);
    }

    public static void Register(BceJsonModelReader<T> read) => s_read = read;
#endif
}
