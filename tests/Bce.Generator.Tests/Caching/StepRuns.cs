using System.Reflection;

namespace Bce.Generator.Tests.Caching;

/// <summary>Reads how each pipeline step ran from the driver's step tracking.</summary>
internal static class StepRuns
{
    /// <summary>Roslyn's name for every <c>RegisterSourceOutput</c> step.</summary>
    public const string SourceOutput = "SourceOutput";

    /// <summary>Every name in <see cref="TrackingNames"/>, read by reflection so a new step cannot be forgotten here.</summary>
    public static IReadOnlyList<string> TrackingNameValues { get; } = typeof(TrackingNames)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(field => field.IsLiteral && field.FieldType == typeof(string))
        .Select(field => (string)field.GetRawConstantValue()!)
        .ToArray();

    /// <summary>
    /// How a step runs after a C# edit: the steps that read the compilation run again and find the same value
    /// (Unchanged); every other step is Cached.
    /// </summary>
    public static IncrementalStepRunReason AfterCSharpEdit(string stepName) =>
        stepName is TrackingNames.RuntimeReference or TrackingNames.DependencyInjectionReference
            ? IncrementalStepRunReason.Unchanged
            : IncrementalStepRunReason.Cached;

    /// <summary>The reasons of every output of the named step, across all the items it ran for.</summary>
    public static IReadOnlyList<IncrementalStepRunReason> Reasons(GeneratorRunResult result, string stepName) =>
        result.TrackedSteps.TryGetValue(stepName, out var steps)
            ? steps.SelectMany(step => step.Outputs).Select(output => output.Reason).ToArray()
            : [];

    /// <summary>
    /// The output steps fed by the named step: both outputs are "SourceOutput" to Roslyn, so they are told apart by
    /// the step that feeds them (<see cref="TrackingNames.EmittedFiles"/> for source, <see cref="TrackingNames.Diagnostics"/>).
    /// </summary>
    public static IReadOnlyList<IncrementalStepRunReason> OutputReasons(GeneratorRunResult result, string feedingStep) =>
        result.TrackedOutputSteps[SourceOutput]
            .Where(step => step.Inputs.Any(input => IsFedBy(input.Source, feedingStep)))
            .SelectMany(step => step.Outputs)
            .Select(output => output.Reason)
            .ToArray();

    public static IEnumerable<object> OutputValues(GeneratorRunResult result, string stepName) =>
        result.TrackedSteps.TryGetValue(stepName, out var steps)
            ? steps.SelectMany(step => step.Outputs).Select(output => output.Value)
            : [];

    /// <summary>Reads a property path (e.g. "Service.Name") off an internal pipeline model.</summary>
    public static object? Member(object value, string path)
    {
        object? current = value;
        foreach (var name in path.Split('.'))
        {
            current = current?.GetType().GetProperty(name, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)?.GetValue(current);
        }

        return current;
    }

    public static string Describe(GeneratorRunResult result) => string.Join(
        "; ",
        result.TrackedSteps.Concat(result.TrackedOutputSteps).Select(pair =>
            $"{pair.Key}: {string.Join(",", pair.Value.SelectMany(step => step.Outputs).Select(output => output.Reason))}"));

    private static bool IsFedBy(IncrementalGeneratorRunStep step, string name)
    {
        // Steps without a tracking name (Where, Combine) sit between ours and the output; look through them.
        if (step.Name == name)
        {
            return true;
        }

        return step.Name is null && step.Inputs.Any(input => IsFedBy(input.Source, name));
    }
}
