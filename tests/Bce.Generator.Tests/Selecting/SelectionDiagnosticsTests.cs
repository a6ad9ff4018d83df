using Bce.Generator.Tests.Diagnostics;
using Bce.Generator.Tests.Infrastructure;

namespace Bce.Generator.Tests.Selecting;

/// <summary>
/// A selection that names an operation the entry does not have is an error at the spec's <c>operations</c> key, with
/// the closest name when it looks like a typo; a selection that names nothing is an error too. Names are checked
/// against every file of the entry together, and never against a file that did not parse.
/// </summary>
public sealed class SelectionDiagnosticsTests
{
    // peerconn.yaml's top-level "operations:" is on line 12 (0-based 11).
    private const int OperationsLine = 11;

    [Fact]
    public void A_misspelled_operation_is_BCE051_with_the_name_meant()
    {
        var result = SelectionRuns.Run("CreatePeerConn;DeletePeerconnn");

        var diagnostic = Assert.Single(result.Diagnostics);
        SpecDiagnostics.AssertAt(diagnostic, GeneratorHarness.PeerConnSpec, GeneratorHarness.SpecPath, "BCE051", DiagnosticSeverity.Error, OperationsLine, 0);
        Assert.Equal(
            "Operations of BceApi 'PeerConn' names 'DeletePeerconnn', which is not an operation of its spec; did you mean 'DeletePeerConn'?",
            SpecDiagnostics.Message(diagnostic));
        // The names that exist are still generated.
        Assert.Contains(result.GeneratedSources, source => GeneratedNames.Is(source.HintName, "PeerConn.CreatePeerConnRequest"));
    }

    [Fact]
    public void Go_spelling_of_an_acronym_gets_the_spec_spelling_suggested()
    {
        var result = SelectionRuns.Run("CREATEPEERCONN");

        Assert.Equal("BCE051", Assert.Single(result.Diagnostics).Id);
        Assert.EndsWith("did you mean 'CreatePeerConn'?", SpecDiagnostics.Message(result.Diagnostics[0]), StringComparison.Ordinal);
    }

    [Fact]
    public void An_operation_far_from_every_name_is_BCE050()
    {
        var result = SelectionRuns.Run("CreateVpc");

        var diagnostic = Assert.Single(result.Diagnostics);
        SpecDiagnostics.AssertAt(diagnostic, GeneratorHarness.PeerConnSpec, GeneratorHarness.SpecPath, "BCE050", DiagnosticSeverity.Error, OperationsLine, 0);
        Assert.Contains("'CreateVpc'", SpecDiagnostics.Message(diagnostic), StringComparison.Ordinal);
        Assert.Empty(result.GeneratedSources);
    }

    [Theory]
    [InlineData(";")]
    [InlineData(" , ; ")]
    public void A_selection_that_names_nothing_is_BCE052_and_generates_nothing(string operations)
    {
        var result = SelectionRuns.Run(operations);

        var diagnostic = Assert.Single(result.Diagnostics);
        SpecDiagnostics.AssertAt(diagnostic, GeneratorHarness.PeerConnSpec, GeneratorHarness.SpecPath, "BCE052", DiagnosticSeverity.Error, OperationsLine, 0);
        Assert.Empty(result.GeneratedSources);
    }

    [Fact]
    public void A_name_found_in_another_file_of_the_entry_is_not_unknown_and_one_unknown_name_is_reported_once()
    {
        var other = GeneratorHarness.PeerConnSpec
            .Replace("name: PeerConn", "name: Other", StringComparison.Ordinal)
            .Replace("CreatePeerConn:", "CreateOther:", StringComparison.Ordinal);
        var result = SelectionRuns.RunFiles(
        [
            ("/specs/vpc/peerconn.yaml", GeneratorHarness.PeerConnSpec, SelectionRuns.Selecting("CreatePeerConn;CreateOther;CreateNothing", "Vpc")),
            ("/specs/vpc/other.yaml", other, SelectionRuns.Selecting("CreatePeerConn;CreateOther;CreateNothing", "Vpc")),
        ]);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("BCE050", diagnostic.Id);
        Assert.Contains("'CreateNothing'", SpecDiagnostics.Message(diagnostic), StringComparison.Ordinal);
        Assert.Contains("BceApi 'Vpc'", SpecDiagnostics.Message(diagnostic), StringComparison.Ordinal);
        // Reported at the entry's first file in path order.
        Assert.Equal("/specs/vpc/other.yaml", diagnostic.Location.GetLineSpan().Path);
    }

    [Fact]
    public void A_file_of_the_entry_that_does_not_parse_gets_its_own_error_and_no_selection_error()
    {
        var result = SelectionRuns.RunFiles(
        [
            ("/specs/vpc/peerconn.yaml", GeneratorHarness.PeerConnSpec, SelectionRuns.Selecting("CreatePeerConn;CreateOther", "Vpc")),
            ("/specs/vpc/broken.yaml", "items: [a, b\nother: x", SelectionRuns.Selecting("CreatePeerConn;CreateOther", "Vpc")),
        ]);

        Assert.Equal("BCE001", Assert.Single(result.Diagnostics).Id);
    }
}
