using Bce.Generator.Infrastructure;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Bce.Generator.Emitting;

/// <summary>
/// Project-wide options from MSBuild (<c>build_property.*</c>), reduced to what the emitter uses: the
/// <c>BceClientNamespace</c> and <c>BceClientVisibility</c> properties, null when unset.
/// </summary>
internal sealed record GeneratorOptions(string? Namespace, string? Visibility)
{
    public static GeneratorOptions Read(AnalyzerConfigOptions globalOptions) => new(
        globalOptions.GetNonEmpty("build_property.BceClientNamespace"),
        globalOptions.GetNonEmpty("build_property.BceClientVisibility"));
}
