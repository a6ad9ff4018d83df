using Bce.Generator.Diagnostics;
using Bce.Generator.Infrastructure;
using Bce.Generator.Model;

namespace Bce.Generator.Parsing;

/// <summary>
/// What parsing one spec produced: the service (null when any error was found), the diagnostics, and the spec's
/// per-file options carried on to emission.
/// </summary>
internal sealed record ParseResult(
    ServiceSpec? Service,
    string Path,
    string? NamespaceOverride,
    string? VisibilityOverride,
    EquatableArray<DiagnosticInfo> Diagnostics)
{
    /// <summary>The spec input's operation selection, carried on to the filter before emission; null keeps every operation.</summary>
    public Selecting.OperationSelection? Selection { get; init; }
}
