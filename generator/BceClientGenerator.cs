using System;
using System.Threading;
using Bce.Generator.Emitting;
using Bce.Generator.Infrastructure;
using Bce.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Bce.Generator;

/// <summary>
/// Turns BCE API specs (YAML files listed as <c>&lt;AdditionalFiles Include="x.yaml" BceSpec="true" /&gt;</c>) into
/// typed async clients. The pipeline reads only additional files and options, never the compilation: editing C# code
/// costs nothing but cache checks, and editing a spec re-parses that spec alone.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class BceClientGenerator : IIncrementalGenerator
{
    private static readonly string Version = typeof(BceClientGenerator).Assembly.GetName().Version?.ToString() ?? "0.0.0.0";

    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // Opt-in is explicit (BceSpec="true"): Kubernetes, CI and compose YAML in the same project must not be parsed.
        var specFiles = context.AdditionalTextsProvider
            .Where(static file => IsYaml(file.Path))
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, cancellationToken) => ReadSpecInput(pair.Left, pair.Right, cancellationToken))
            .Where(static input => input is not null)
            .Select(static (input, _) => input!)
            .WithTrackingName(TrackingNames.SpecFiles);

        // Parsing depends on the text alone, so an unchanged spec is never parsed twice.
        var parsed = specFiles
            .Select(static (input, cancellationToken) => SpecParser.Parse(input, cancellationToken))
            .WithTrackingName(TrackingNames.Parse);

        var options = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => new GeneratorOptions(NonEmpty(provider.GlobalOptions, "build_property.BceClientNamespace")))
            .WithTrackingName(TrackingNames.Options);

        // Diagnostics travel on their own branch: reporting them never re-runs emission, and the emit model
        // below does not change when only a diagnostic's position does.
        var diagnostics = parsed
            .Select(static (result, _) => result.Diagnostics)
            .WithTrackingName(TrackingNames.Diagnostics);
        context.RegisterSourceOutput(diagnostics, static (spc, items) =>
        {
            foreach (var item in items)
            {
                spc.ReportDiagnostic(item.ToDiagnostic());
            }
        });

        var emitModels = parsed
            .Where(static result => result.Service is not null)
            .Combine(options)
            .Select(static (pair, _) => new EmitModel(
                pair.Left.Service!,
                pair.Left.NamespaceOverride ?? pair.Right.Namespace ?? pair.Left.Service!.Namespace,
                pair.Left.Path))
            .WithTrackingName(TrackingNames.EmitModel);
        context.RegisterSourceOutput(emitModels, static (spc, model) => Emit(spc, model));
    }

    private static void Emit(SourceProductionContext context, EmitModel model)
    {
        var fileStart = Location.Create(model.SpecPath, default, default);
        if (!Identifiers.IsValidNamespace(model.Namespace))
        {
            context.ReportDiagnostic(Diagnostic.Create(
                Diagnostics.DiagnosticDescriptors.InvalidValue, fileStart, "BceClientNamespace", $"'{model.Namespace}' is not a valid C# namespace"));
            return;
        }

        try
        {
            foreach (var file in ServiceEmitter.Emit(model, Version))
            {
                context.AddSource(file.HintName, SourceText.From(file.Text, System.Text.Encoding.UTF8));
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // An emitter bug must not take the whole build down with CS8785: report it against the spec instead.
            context.ReportDiagnostic(Diagnostic.Create(
                Diagnostics.DiagnosticDescriptors.UnexpectedFailure, fileStart, $"{ex.GetType().Name}: {ex.Message}"));
        }
    }

    private static bool IsYaml(string path) =>
        path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    private static SpecInput? ReadSpecInput(AdditionalText file, AnalyzerConfigOptionsProvider provider, CancellationToken cancellationToken)
    {
        var options = provider.GetOptions(file);
        if (!options.TryGetValue("build_metadata.AdditionalFiles.BceSpec", out var optIn)
            || !string.Equals(optIn.Trim(), "true", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var text = file.GetText(cancellationToken)?.ToString() ?? string.Empty;
        return new SpecInput(file.Path, text, NonEmpty(options, "build_metadata.AdditionalFiles.BceClientNamespace"));
    }

    private static string? NonEmpty(AnalyzerConfigOptions options, string key) =>
        options.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
