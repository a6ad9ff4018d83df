using Microsoft.CodeAnalysis.Diagnostics;

namespace Bce.Generator.Infrastructure;

/// <summary>Reading MSBuild options as the generator sees them (<c>build_property.*</c>, <c>build_metadata.*</c>).</summary>
internal static class AnalyzerConfigOptionsExtensions
{
    /// <summary>The option's trimmed value; null when unset or blank (MSBuild hands unset item metadata over as empty).</summary>
    public static string? GetNonEmpty(this AnalyzerConfigOptions options, string key) =>
        options.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
