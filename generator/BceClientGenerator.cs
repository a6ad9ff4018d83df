using System;
using System.Collections.Generic;
using Bce.Generator.Diagnostics;
using Bce.Generator.Emitting;
using Bce.Generator.Infrastructure;
using Bce.Generator.Parsing;
using Bce.Generator.Selecting;
using Bce.Generator.Targeting;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Bce.Generator;

/// <summary>
/// Turns BCE API specs (YAML files listed as <c>&lt;AdditionalFiles Include="x.yaml" BceSpec="true" /&gt;</c>) into
/// typed async clients. The pipeline reads additional files and options, and of the compilation only a few plain values
/// (whether it references Bce.Runtime, its language version, what its target lacks): editing C# code costs nothing but
/// cache checks, and editing a spec re-parses that spec alone.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class BceClientGenerator : IIncrementalGenerator
{
    private static readonly string Version = typeof(BceClientGenerator).Assembly.GetName().Version?.ToString() ?? "0.0.0.0";

    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var yamlFiles = context.AdditionalTextsProvider
            .Where(static file => SpecFiles.IsYaml(file.Path))
            .Combine(context.AnalyzerConfigOptionsProvider);

        // Opt-in is explicit (BceSpec="true"): Kubernetes, CI and compose YAML in the same project must not be parsed.
        var specFiles = yamlFiles
            .Select(static (pair, cancellationToken) => SpecFiles.ReadSpecInput(pair.Left, pair.Right.GetOptions(pair.Left), cancellationToken))
            .Where(static input => input is not null)
            .Select(static (input, _) => input!)
            .WithTrackingName(TrackingNames.SpecFiles);

        // A file that looks like a spec but did not opt in gets a warning, by a text check (no YAML parse) that, like
        // reading the specs, runs again only when that file or the options change.
        var forgottenOptIns = yamlFiles
            .Select(static (pair, cancellationToken) => SpecFiles.FindForgottenOptIn(pair.Left, pair.Right.GetOptions(pair.Left), cancellationToken))
            .WithTrackingName(TrackingNames.ForgottenOptIns);
        context.RegisterSourceOutput(forgottenOptIns, static (spc, item) =>
        {
            if (item is not null)
            {
                spc.ReportDiagnostic(item.ToDiagnostic());
            }
        });

        // Parsing depends on the text alone, so an unchanged spec is never parsed twice.
        var parsed = specFiles
            .Select(static (input, cancellationToken) => SpecParser.Parse(input, cancellationToken) with { Selection = input.Selection })
            .WithTrackingName(TrackingNames.Parse);

        // An operation selection names operations of a whole BceApi entry (a catalog folder is several files), so it
        // is checked over every selecting file at once; only the names travel, and no selection means no work here.
        var selectionDiagnostics = parsed
            .Select(static (result, _) => SelectingFile.Of(result))
            .Where(static file => file is not null)
            .Collect()
            .Select(static (files, _) => SelectionCheck.Check(files!))
            .WithTrackingName(TrackingNames.OperationSelection);
        context.RegisterSourceOutput(selectionDiagnostics, static (spc, items) =>
        {
            foreach (var item in items)
            {
                spc.ReportDiagnostic(item.ToDiagnostic());
            }
        });

        var options = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => GeneratorOptions.Read(provider.GlobalOptions))
            .WithTrackingName(TrackingNames.Options);

        // The compilation changes with every C# edit: it is reduced at once to a few plain values (is Bce.Runtime
        // referenced, the language version, what the target lacks), so that step re-runs to the same value and
        // everything after it stays cached.
        // The language version comes from the parse options, which a C# edit leaves alone.
        var target = context.CompilationProvider
            .Select(static (compilation, _) => TargetProfile.Read(compilation))
            .WithTrackingName(TrackingNames.RuntimeReference)
            .Combine(context.ParseOptionsProvider)
            .Select(static (pair, _) => pair.Left.WithLanguage(pair.Right));

        // Without the runtime, one error for the compilation, not one per spec nor ~100 inside generated files; and
        // none at all for a project that opts no spec in. Collect() here only feeds one bool, cached across C# edits.
        var anySpec = specFiles
            .Collect()
            .Select(static (files, _) => !files.IsDefaultOrEmpty)
            .WithTrackingName(TrackingNames.AnySpec);
        context.RegisterSourceOutput(target.Combine(anySpec), static (spc, pair) =>
        {
            if (!pair.Left.RuntimeReferenced && pair.Right)
            {
                spc.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.RuntimeMissing, Location.None));
            }
            else if (pair.Right && pair.Left.LanguageVersionSupported && !pair.Left.MissingPolyfills.IsEmpty)
            {
                // .NET Framework and netstandard2.0 lack the attributes `required` and module initializers compile to.
                spc.AddSource(Polyfills.HintName, SourceText.From(Polyfills.Emit(pair.Left, Version), System.Text.Encoding.UTF8));
            }
        });

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

        // Cut down to the selected operations and what they need before the emit model: what a project did not select is
        // never emitted, and a file of a catalog folder that holds none of them emits nothing.
        var emitModels = parsed
            .Select(static (result, _) => SelectionFilter.Apply(result))
            .Where(static result => result.Service is not null)
            .Combine(options)
            .Select(static (pair, _) => new EmitModel(
                pair.Left.Service!,
                pair.Left.NamespaceOverride ?? pair.Right.Namespace ?? pair.Left.Service!.Namespace,
                pair.Left.VisibilityOverride ?? pair.Right.Visibility ?? TypeVisibility.Default,
                pair.Left.Path))
            .WithTrackingName(TrackingNames.EmitModel);
        // One output per generated file: the texts are compared one by one, so a description edit re-adds only the
        // files whose text it changes (the request, the client, the interface) and every other file stays Cached.
        // Code that cannot compile would only bury BCE013 under errors of its own, so nothing without the runtime, and
        // only BCE040 when the language version is too old for it.
        var files = emitModels
            .Combine(target)
            .SelectMany(static (pair, _) => pair.Right switch
            {
                { RuntimeReferenced: false } => EquatableArray<EmittedFile>.Empty,
                { LanguageVersionSupported: false } => Failed(LanguageCheck.TooOld(pair.Left.SpecPath, pair.Right)),
                _ => Emit(pair.Left with { Target = pair.Right }),
            })
            .WithTrackingName(TrackingNames.EmittedFiles);
        context.RegisterSourceOutput(files, static (spc, file) =>
        {
            if (file.Failure is { } failure)
            {
                spc.ReportDiagnostic(failure.ToDiagnostic());
                return;
            }

            spc.AddSource(file.HintName, SourceText.From(file.Text, System.Text.Encoding.UTF8));
        });

        // The registration extension (AddPeerConnClient) needs Bce.Runtime.DependencyInjection: like the target profile,
        // the compilation is reduced to one bool at once, and the extension is one more file per service (emitted only
        // where the client itself is).
        var dependencyInjectionReferenced = context.CompilationProvider
            .Select(static (compilation, _) => DependencyInjectionEmitter.IsAvailable(compilation))
            .WithTrackingName(TrackingNames.DependencyInjectionReference);
        var registrations = emitModels
            .Combine(target.Combine(dependencyInjectionReferenced))
            .Select(static (pair, _) => pair.Right.Left is { RuntimeReferenced: true, LanguageVersionSupported: true } && pair.Right.Right
                ? DependencyInjectionEmitter.Emit(pair.Left, Version)
                : null)
            .WithTrackingName(TrackingNames.RegistrationExtension);
        context.RegisterSourceOutput(registrations, static (spc, file) =>
        {
            if (file?.Failure is { } failure)
            {
                spc.ReportDiagnostic(failure.ToDiagnostic());
            }
            else if (file is not null)
            {
                spc.AddSource(file.HintName, SourceText.From(file.Text, System.Text.Encoding.UTF8));
            }
        });
    }

    private static EquatableArray<EmittedFile> Emit(EmitModel model)
    {
        var fileStart = new LocationInfo(model.SpecPath, default, default);
        if (!Identifiers.IsValidNamespace(model.Namespace))
        {
            return Failed(DiagnosticInfo.Create(
                DiagnosticDescriptors.InvalidValue, fileStart, "BceClientNamespace", $"'{model.Namespace}' is not a valid C# namespace"));
        }

        if (!TypeVisibility.TryGetKeyword(model.Visibility, out var visibility))
        {
            return Failed(DiagnosticInfo.Create(
                DiagnosticDescriptors.InvalidValue, fileStart, "BceClientVisibility", $"'{model.Visibility}' is not 'public' or 'internal'"));
        }

        try
        {
            var files = new List<EmittedFile>();
            foreach (var file in ServiceEmitter.Emit(model, visibility, Version))
            {
                files.Add(new EmittedFile(file.HintName, file.Text, null));
            }

            return files.ToEquatableArray();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // An emitter bug must not take the whole build down with CS8785: report it against the spec instead.
            return Failed(DiagnosticInfo.Create(DiagnosticDescriptors.UnexpectedFailure, fileStart, $"{ex.GetType().Name}: {ex.Message}"));
        }
    }

    private static EquatableArray<EmittedFile> Failed(DiagnosticInfo failure) =>
        new(new[] { new EmittedFile(string.Empty, string.Empty, failure) });
}

/// <summary>One generated file (or, when emission failed, the diagnostic instead), compared by value for caching.</summary>
internal sealed record EmittedFile(string HintName, string Text, DiagnosticInfo? Failure);
