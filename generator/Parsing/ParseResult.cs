using Bce.Generator.Diagnostics;
using Bce.Generator.Infrastructure;
using Bce.Generator.Model;

namespace Bce.Generator.Parsing;

/// <summary>What parsing one spec produced: the service (null when any error was found) and the diagnostics.</summary>
internal sealed record ParseResult(ServiceSpec? Service, string Path, string? NamespaceOverride, EquatableArray<DiagnosticInfo> Diagnostics);
