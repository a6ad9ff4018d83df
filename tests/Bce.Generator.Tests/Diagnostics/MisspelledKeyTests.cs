using Bce.Generator.Tests.Infrastructure;

namespace Bce.Generator.Tests.Diagnostics;

/// <summary>
/// BCE012: an unknown key one or two edits from a key its mapping knows is a typo, and a typo silently changes the
/// client (<c>idempotnet: true</c> drops the idempotency token), so it fails the build. Other unknown keys stay BCE010.
/// </summary>
public sealed class MisspelledKeyTests
{
    private const string Spec = """
        service:
          name: Demo
          apiVersion: v1
          endpoint: e
          defaultRegion: bj
        operations:
          CreateThing:
            method: POST
            path: /things
            idempotent: true
            body:
              name: { type: string, required: true }
          ListThings:
            method: GET
            path: /things
            query:
              marker: { type: string }
            response: ThingPage
            pagination: { items: things, marker: marker, nextMarker: nextMarker, isTruncated: isTruncated }
        types:
          Thing:
            properties:
              state: { type: State }
          ThingPage:
            properties:
              things: { type: "Thing[]" }
              nextMarker: { type: string }
              isTruncated: { type: boolean }
        enums:
          State: { values: [pending, ready] }
        errors:
          Busy: { status: 409, retryable: true }
        waiters:
          ThingReady: { operation: ListThings, property: nextMarker, success: [done] }
        """;

    [Fact]
    public void The_spec_without_typos_is_clean()
    {
        var result = GeneratorHarness.Run(Spec, SpecDiagnostics.SpecPath);

        Assert.Empty(result.Diagnostics);
        Assert.NotEmpty(result.GeneratedSources);
    }

    [Fact]
    public void Swapped_letters_in_idempotent_report_BCE012_at_the_key_and_generate_nothing()
    {
        var diagnostic = SpecDiagnostics.ExpectError(Spec.Replace("idempotent: true", "idempotnet: true"), "BCE012", line: 9, column: 4);

        Assert.Equal("Unknown key 'idempotnet' in operation 'CreateThing'; did you mean 'idempotent'?", SpecDiagnostics.Message(diagnostic));
    }

    [Theory]
    [InlineData("  defaultRegion: bj", "  defaultRegon: bj", "defaultRegon", "service", "defaultRegion", 4, 2)]
    [InlineData("    method: POST", "    methd: POST\n    method: POST", "methd", "operation 'CreateThing'", "method", 7, 4)]
    [InlineData("    idempotent: true", "    Idempotent: true", "Idempotent", "operation 'CreateThing'", "idempotent", 9, 4)]
    [InlineData("{ type: string, required: true }", "{ type: string, requird: true }", "requird", "operation 'CreateThing'.body.name", "required", 11, 28)]
    [InlineData("isTruncated: isTruncated }", "isTruncated: isTruncated, pagerNmae: AllThings }", "pagerNmae", "operation 'ListThings'.pagination", "pagerName", 18, 99)]
    [InlineData("{ values: [pending, ready] }", "{ values: [pending, ready], descriptoin: States. }", "descriptoin", "enum 'State'", "description", 29, 37)]
    [InlineData("retryable: true", "retriable: true", "retriable", "error 'Busy'", "retryable", 31, 23)]
    [InlineData("success: [done]", "sucess: [done], success: [done]", "sucess", "waiter 'ThingReady'", "success", 33, 61)]
    [InlineData("types:", "type:", "type", "the spec", "types", 19, 0)]
    public void Typo_of_a_known_key_reports_BCE012_naming_the_key_meant(string from, string to, string typo, string context, string meant, int line, int column)
    {
        var yaml = Spec.Replace(from, to);
        Assert.NotEqual(Spec, yaml);

        var result = GeneratorHarness.Run(yaml, SpecDiagnostics.SpecPath);

        var diagnostic = Assert.Single(result.Diagnostics, d => d.Id == "BCE012");
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal($"Unknown key '{typo}' in {context}; did you mean '{meant}'?", SpecDiagnostics.Message(diagnostic));
        SpecDiagnostics.AssertAt(diagnostic, yaml, SpecDiagnostics.SpecPath, "BCE012", DiagnosticSeverity.Error, line, column);
        Assert.Empty(result.GeneratedSources);
    }

    [Theory]
    [InlineData("x-owner")]
    [InlineData("deprecated")]
    [InlineData("timeout")]
    [InlineData("page")]
    [InlineData("auth")]
    public void Key_far_from_every_known_key_stays_a_BCE010_warning(string key)
    {
        // Two edits reach too many words from a four-letter key ("page" and "auth" from "path"): only one counts there.
        var yaml = Spec.Replace("    idempotent: true", $"    idempotent: true\n    {key}: x");

        var result = GeneratorHarness.Run(yaml, SpecDiagnostics.SpecPath);

        var diagnostic = SpecDiagnostics.ExpectSingle(result, yaml, "BCE010", DiagnosticSeverity.Warning, line: 10, column: 4);
        Assert.Contains($"'{key}'", SpecDiagnostics.Message(diagnostic));
        Assert.NotEmpty(result.GeneratedSources);
    }
}
