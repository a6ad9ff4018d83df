namespace Bce.Generator;

/// <summary>Names of the pipeline steps, so tests can ask the driver how each step ran.</summary>
public static class TrackingNames
{
    /// <summary>Additional files that opted in as specs, with their text and per-file options.</summary>
    public const string SpecFiles = nameof(SpecFiles);

    /// <summary>YAML parsed into a service model plus diagnostics.</summary>
    public const string Parse = nameof(Parse);

    /// <summary>Global generator options read from MSBuild properties.</summary>
    public const string Options = nameof(Options);

    /// <summary>The parsed service joined with the options: what the emitter needs, nothing more.</summary>
    public const string EmitModel = nameof(EmitModel);

    /// <summary>One item per generated file, so an edit re-adds only the files whose text changed.</summary>
    public const string EmittedFiles = nameof(EmittedFiles);

    /// <summary>Diagnostics split off so reporting them never re-emits source.</summary>
    public const string Diagnostics = nameof(Diagnostics);

    /// <summary>YAML files that look like specs but did not opt in (null for every other YAML file).</summary>
    public const string ForgottenOptIns = nameof(ForgottenOptIns);

    /// <summary>
    /// What is read from the compilation, as plain values: whether it references Bce.Runtime, its language version and
    /// what its target lacks (<c>Targeting/TargetProfile</c>).
    /// </summary>
    public const string RuntimeReference = nameof(RuntimeReference);

    /// <summary>Whether any spec opted in: BCE013 (runtime missing) is reported only then.</summary>
    public const string AnySpec = nameof(AnySpec);

    /// <summary>Whether the compilation references Bce.Runtime.DependencyInjection: the only thing the registration extension reads of it.</summary>
    public const string DependencyInjectionReference = nameof(DependencyInjectionReference);

    /// <summary>The <c>Add{Service}Client</c> extension of one service, or null without Bce.Runtime.DependencyInjection.</summary>
    public const string RegistrationExtension = nameof(RegistrationExtension);

    /// <summary>Selection diagnostics (BCE050–BCE052): every selecting file's operation names, checked per BceApi entry.</summary>
    public const string OperationSelection = nameof(OperationSelection);
}
