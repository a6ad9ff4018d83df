using Bce.Generator.Tests.Infrastructure;
using Bce.Generator.Tests.Selecting;
using Microsoft.CodeAnalysis.CSharp;

namespace Bce.Generator.Tests.Caching;

/// <summary>
/// The operation selection is part of the equatable input: the same selection caches every step, a C# edit costs
/// nothing, and changing the selection re-emits the files it changes and removes the ones it no longer needs.
/// </summary>
public sealed class SelectionCachingTests
{
    private const string Path = "/specs/peerconn.yaml";

    [Fact]
    public void Same_selection_and_a_csharp_edit_leave_every_step_and_output_cached()
    {
        var compilation = GeneratorHarness.CreateCompilation();
        var driver = Driver("CreatePeerConn;ListPeerConn").RunGenerators(compilation);

        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("public class UserCode { }", GeneratorHarness.ParseOptions));
        var result = Single(driver.RunGenerators(edited));

        foreach (var name in StepRuns.TrackingNameValues)
        {
            Assert.All(StepRuns.Reasons(result, name), reason => Assert.Equal(StepRuns.AfterCSharpEdit(name), reason));
        }

        Assert.Equal([IncrementalStepRunReason.Cached], StepRuns.Reasons(result, TrackingNames.OperationSelection));
        var outputs = result.TrackedOutputSteps.SelectMany(pair => pair.Value).SelectMany(step => step.Outputs).ToArray();
        Assert.NotEmpty(outputs);
        Assert.All(outputs, output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    [Fact]
    public void Changing_the_selection_re_emits_the_client_adds_the_new_request_and_removes_the_dropped_one()
    {
        var compilation = GeneratorHarness.CreateCompilation();
        var driver = Driver("DeletePeerConn").RunGenerators(compilation);
        var before = Single(driver);

        driver = driver.WithUpdatedAnalyzerConfigOptions(Options("RefundPeerConn"));
        var after = Single(driver.RunGenerators(compilation));

        Assert.Equal([IncrementalStepRunReason.Modified], StepRuns.Reasons(after, TrackingNames.SpecFiles));
        Assert.Equal([IncrementalStepRunReason.Modified], StepRuns.Reasons(after, TrackingNames.EmitModel));
        var reasons = StepRuns.OutputReasons(after, TrackingNames.EmittedFiles);
        // Outputs are matched by position: the request's slot is Modified (another request now), the codes' Cached.
        Assert.Contains(IncrementalStepRunReason.Modified, reasons);
        Assert.Contains(IncrementalStepRunReason.Cached, reasons);
        Assert.Contains("DeletePeerConnRequest", SelectionRuns.TypeNames(before));
        Assert.DoesNotContain("DeletePeerConnRequest", SelectionRuns.TypeNames(after));
        Assert.Contains("RefundPeerConnRequest", SelectionRuns.TypeNames(after));
        // The error codes do not depend on the selection: that file stays cached.
        Assert.Equal(
            SelectionRuns.Source(before, "PeerConnErrorCodes"),
            SelectionRuns.Source(after, "PeerConnErrorCodes"));
    }

    [Fact]
    public void Fixing_a_misspelled_selection_clears_the_diagnostic()
    {
        var compilation = GeneratorHarness.CreateCompilation();
        var driver = Driver("DeletePeerconn").RunGenerators(compilation);
        Assert.Equal("BCE051", Assert.Single(Single(driver).Diagnostics).Id);

        driver = driver.WithUpdatedAnalyzerConfigOptions(Options("DeletePeerConn"));
        var after = Single(driver.RunGenerators(compilation));

        Assert.Equal([IncrementalStepRunReason.Modified], StepRuns.Reasons(after, TrackingNames.OperationSelection));
        Assert.Empty(after.Diagnostics);
        Assert.Contains("DeletePeerConnRequest", SelectionRuns.TypeNames(after));
    }

    private static GeneratorDriver Driver(string operations) => GeneratorHarness.CreateDriver(
        [new InMemoryAdditionalText(Path, GeneratorHarness.PeerConnSpec)],
        fileOptions: new Dictionary<string, IReadOnlyDictionary<string, string>> { [Path] = SelectionRuns.Selecting(operations) });

    private static TestOptionsProvider Options(string operations) => new(
        new Dictionary<string, string>(),
        new Dictionary<string, IReadOnlyDictionary<string, string>> { [Path] = SelectionRuns.Selecting(operations) });

    private static GeneratorRunResult Single(GeneratorDriver driver)
    {
        var result = driver.GetRunResult().Results.Single();
        Assert.Null(result.Exception);
        return result;
    }
}
