using Bce.Generator.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Bce.Generator.Diagnostics;

/// <summary>
/// A diagnostic as cacheable data. <see cref="Diagnostic"/> itself compares message arguments by reference, which
/// would defeat incremental caching, so the pipeline carries this instead.
/// </summary>
internal sealed record DiagnosticInfo(DiagnosticDescriptor Descriptor, LocationInfo Location, EquatableArray<string> Arguments)
{
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, LocationInfo location, params string[] arguments) =>
        new(descriptor, location, new EquatableArray<string>(arguments));

    public Diagnostic ToDiagnostic()
    {
        var arguments = new object[Arguments.Count];
        for (var i = 0; i < arguments.Length; i++)
        {
            arguments[i] = Arguments[i];
        }

        return Diagnostic.Create(Descriptor, Location.ToLocation(), arguments);
    }
}
