using System;
using System.Threading;
using Bce.Generator.Diagnostics;
using Bce.Generator.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Bce.Generator.Parsing;

/// <summary>
/// Which additional files are specs, read from their MSBuild metadata (<c>build_metadata.AdditionalFiles.*</c>):
/// an opted-in spec becomes a <see cref="SpecInput"/>, and a file that looks like a spec but did not opt in gets a
/// warning instead of silence.
/// </summary>
internal static class SpecFiles
{
    private const string OptInKey = "build_metadata.AdditionalFiles.BceSpec";
    private const string NamespaceKey = "build_metadata.AdditionalFiles.BceClientNamespace";
    private const string VisibilityKey = "build_metadata.AdditionalFiles.BceClientVisibility";

    public static bool IsYaml(string path) =>
        path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    /// <summary>The spec with its per-file options; null when the file did not opt in with <c>BceSpec="true"</c>.</summary>
    public static SpecInput? ReadSpecInput(AdditionalText file, AnalyzerConfigOptions options, CancellationToken cancellationToken)
    {
        if (OptIn(options) != true)
        {
            return null;
        }

        var sourceText = file.GetText(cancellationToken);
        var text = sourceText?.ToString() ?? string.Empty;
        return new SpecInput(file.Path, text, options.GetNonEmpty(NamespaceKey), options.GetNonEmpty(VisibilityKey))
        {
            Selection = Selecting.OperationSelection.Read(file.Path, sourceText ?? SourceText.From(text), options, cancellationToken),
        };
    }

    /// <summary>
    /// A warning for a YAML file with top-level <c>service:</c> and <c>operations:</c> that did not opt in: almost
    /// always a forgotten <c>BceSpec="true"</c>. An explicit <c>BceSpec="false"</c> is a decision and stays silent.
    /// </summary>
    public static DiagnosticInfo? FindForgottenOptIn(AdditionalText file, AnalyzerConfigOptions options, CancellationToken cancellationToken)
    {
        if (OptIn(options) is not null)
        {
            return null;
        }

        var text = file.GetText(cancellationToken);
        if (text is null || SpecLookalike.FindServiceKey(text, cancellationToken) is not { } serviceKey)
        {
            return null;
        }

        var lineSpan = text.Lines.GetLinePositionSpan(serviceKey);
        return DiagnosticInfo.Create(
            DiagnosticDescriptors.SpecNotOptedIn,
            new LocationInfo(file.Path, serviceKey, lineSpan),
            System.IO.Path.GetFileName(file.Path));
    }

    /// <summary>True for <c>BceSpec="true"</c>, false for <c>"false"</c>, null when unset or anything else.</summary>
    private static bool? OptIn(AnalyzerConfigOptions options)
    {
        if (!options.TryGetValue(OptInKey, out var value))
        {
            return null;
        }

        return value.Trim().ToUpperInvariant() switch
        {
            "TRUE" => true,
            "FALSE" => false,
            _ => null,
        };
    }
}
