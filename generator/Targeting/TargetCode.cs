using Bce.Generator.Emitting;

namespace Bce.Generator.Targeting;

/// <summary>
/// The few lines of generated code that depend on the target (<see cref="EmitContext.Target"/>): on net10.0 they are
/// exactly what the snapshots hold; on .NET Framework they use what is there instead.
/// </summary>
internal static class TargetCode
{
    /// <summary><c>ArgumentNullException.ThrowIfNull</c> is .NET 6+; older targets get the same check written out.</summary>
    public static string ThrowIfNull(EmitContext context, string parameter) =>
        context.Target.HasThrowIfNull
            ? $"global::System.ArgumentNullException.ThrowIfNull({parameter});"
            : $"_ = {parameter} ?? throw new global::System.ArgumentNullException(nameof({parameter}));";
}
