using Bce.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp;

namespace Bce.Generator.Tests.Selecting;

/// <summary>
/// <c>Operations="..."</c> keeps the selected operations and exactly what they need: the models and enums reachable
/// from their requests and answers, the error codes, a pager or waiter only with its operation. Everything else of the
/// spec is not emitted at all.
/// </summary>
public sealed class SelectionEmitTests
{
    [Fact]
    public void Selecting_one_operation_without_models_emits_its_request_the_client_and_the_error_codes_only()
    {
        var result = SelectionRuns.Run("DeletePeerConn");

        Assert.Empty(result.Diagnostics);
        Assert.Equal(["DeletePeerConnRequest", "IPeerConnClient", "PeerConnClient", "PeerConnErrorCodes"], SelectionRuns.TypeNames(result));
        var client = SelectionRuns.Source(result, "PeerConnClient");
        Assert.Contains("DeletePeerConnAsync(", client, StringComparison.Ordinal);
        Assert.DoesNotContain("CreatePeerConnAsync", client, StringComparison.Ordinal);
        Assert.DoesNotContain("ListAllPeerConnsAsync", client, StringComparison.Ordinal);
        Assert.DoesNotContain("WaitUntil", client, StringComparison.Ordinal);
        Assert.Contains("RequestExpired", SelectionRuns.Source(result, "PeerConnErrorCodes"), StringComparison.Ordinal);
    }

    [Fact]
    public void Selecting_create_keeps_the_models_and_enums_its_body_reaches_transitively_and_nothing_else()
    {
        var result = SelectionRuns.Run("CreatePeerConn");

        Assert.Empty(result.Diagnostics);
        // Billing → Reservation and PaymentTiming; Tag[] → Tag; the answer → CreatePeerConnResult.
        Assert.Equal(
            ["Billing", "CreatePeerConnRequest", "CreatePeerConnResult", "IPeerConnClient", "PaymentTiming", "PeerConnClient", "PeerConnErrorCodes", "Reservation", "Tag"],
            SelectionRuns.TypeNames(result));
    }

    [Fact]
    public void A_pager_comes_only_with_its_list_operation()
    {
        var result = SelectionRuns.Run("ListPeerConn");

        Assert.Empty(result.Diagnostics);
        var client = SelectionRuns.Source(result, "PeerConnClient");
        Assert.Contains("ListAllPeerConnsAsync(", client, StringComparison.Ordinal);
        Assert.Contains("ListPeerConnResult", SelectionRuns.TypeNames(result));
        Assert.Contains("PeerConn", SelectionRuns.TypeNames(result));
        Assert.DoesNotContain("CreatePeerConnRequest", SelectionRuns.TypeNames(result));
    }

    [Fact]
    public void A_waiter_comes_only_with_the_operation_it_polls()
    {
        var withDetail = SelectionRuns.Source(SelectionRuns.Run("GetPeerConnDetail"), "PeerConnClient");
        var withoutDetail = SelectionRuns.Source(SelectionRuns.Run("ListPeerConn"), "PeerConnClient");

        Assert.Contains("WaitUntilPeerConnActiveAsync(", withDetail, StringComparison.Ordinal);
        Assert.Contains("WaitUntilPeerConnDnsOpenAsync(", withDetail, StringComparison.Ordinal);
        Assert.DoesNotContain("WaitUntil", withoutDetail, StringComparison.Ordinal);
    }

    [Fact]
    public void Separators_may_be_semicolons_commas_or_spaces_and_repeats_count_once()
    {
        var result = SelectionRuns.Run(" DeletePeerConn ;RefundPeerConn, DeletePeerConn ");

        Assert.Empty(result.Diagnostics);
        Assert.Equal(
            ["DeletePeerConnRequest", "IPeerConnClient", "PeerConnClient", "PeerConnErrorCodes", "RefundPeerConnRequest"],
            SelectionRuns.TypeNames(result));
    }

    [Theory]
    [InlineData("DeletePeerConn")]
    [InlineData("CreatePeerConn;GetPeerConnDetail")]
    [InlineData("ListPeerConn,UpdatePeerConnDeleteProtect")]
    public void A_selected_client_compiles_without_errors_or_warnings(string operations)
    {
        var driver = GeneratorHarness.CreateDriver(
            [new InMemoryAdditionalText(GeneratorHarness.SpecPath, GeneratorHarness.PeerConnSpec)],
            fileOptions: new Dictionary<string, IReadOnlyDictionary<string, string>> { [GeneratorHarness.SpecPath] = SelectionRuns.Selecting(operations) });
        driver.RunGeneratorsAndUpdateCompilation(GeneratorHarness.CreateCompilation(), out var output, out var diagnostics);

        Assert.Empty(diagnostics);
        var problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void The_selection_is_smaller_than_the_whole_spec_in_generated_text()
    {
        var whole = GeneratorHarness.Run(GeneratorHarness.PeerConnSpec).GeneratedSources.Sum(source => source.SourceText.Length);
        var one = SelectionRuns.Run("DeletePeerConn").GeneratedSources.Sum(source => source.SourceText.Length);

        Assert.True(one * 3 < whole, $"one operation: {one} characters, the whole spec: {whole}");
    }

    [Fact]
    public void In_a_catalog_entry_of_several_files_a_file_holding_none_of_the_selection_emits_nothing()
    {
        var other = GeneratorHarness.PeerConnSpec
            .Replace("name: PeerConn", "name: Other", StringComparison.Ordinal)
            .Replace("CreatePeerConn:", "CreateOther:", StringComparison.Ordinal);
        var result = SelectionRuns.RunFiles(
        [
            ("/specs/vpc/peerconn.yaml", GeneratorHarness.PeerConnSpec, SelectionRuns.Selecting("CreateOther", "Vpc")),
            ("/specs/vpc/other.yaml", other, SelectionRuns.Selecting("CreateOther", "Vpc")),
        ]);

        Assert.Empty(result.Diagnostics);
        Assert.DoesNotContain(result.GeneratedSources, source => source.HintName.StartsWith("PeerConn.", StringComparison.Ordinal));
        Assert.Contains(result.GeneratedSources, source => GeneratedNames.Is(source.HintName, "Other.CreateOtherRequest"));
    }

    [Fact]
    public void A_spec_without_a_selection_keeps_every_operation()
    {
        var options = new Dictionary<string, string> { ["build_metadata.AdditionalFiles.BceSpec"] = "true", [SelectionRuns.Operations] = "" };
        var result = SelectionRuns.RunFiles([(GeneratorHarness.SpecPath, GeneratorHarness.PeerConnSpec, options)]);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(
            SelectionRuns.TypeNames(GeneratorHarness.Run(GeneratorHarness.PeerConnSpec)),
            SelectionRuns.TypeNames(result));
    }
}
