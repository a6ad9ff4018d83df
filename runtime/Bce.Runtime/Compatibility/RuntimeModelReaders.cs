#if !NET
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Bce.Runtime.Serialization;
using Bce.Runtime.Sts;

namespace Bce.Runtime.Compatibility;

/// <summary>
/// Registers the JSON readers of the runtime's own models when the netstandard2.0 build loads (see
/// <see cref="JsonModelReader{T}"/>): the one place a .NET Framework process learns them before any answer is read.
/// </summary>
internal static class RuntimeModelReaders
{
    [ModuleInitializer]
    [SuppressMessage("Usage", "CA2255:The 'ModuleInitializer' attribute should not be used in libraries", Justification = "It only fills the reader table, which every read needs, and has no other effect.")]
    internal static void Register() => BceJsonModelReaders.Register<SessionCredentials>(SessionCredentials.ReadFrom);
}
#endif
