using Bce.Generator.Tests.Infrastructure;

namespace Bce.Generator.Tests.Diagnostics;

/// <summary>BCE001: text YamlDotNet cannot read becomes one located error, never a generator crash.</summary>
public sealed class MalformedYamlTests
{
    [Fact]
    public void Bad_indentation_reports_BCE001_at_the_misindented_key()
    {
        var diagnostic = SpecDiagnostics.ExpectError(
            """
            service:
              name: Demo
             apiVersion: v1
            """,
            "BCE001", line: 2, column: 1);

        Assert.Contains("did not find expected key", SpecDiagnostics.Message(diagnostic));
    }

    [Fact]
    public void Unterminated_flow_sequence_reports_BCE001_on_its_line_instead_of_crashing()
    {
        // YamlDotNet 16 throws InvalidOperationException here, not YamlException. The generator points at the end of
        // the last scalar that parsed ("a"), on the line of the unclosed '['.
        var diagnostic = SpecDiagnostics.ExpectError("items: [a, b\nother: x", "BCE001", line: 0, column: 9);

        Assert.StartsWith("The spec is not valid YAML: ", SpecDiagnostics.Message(diagnostic));
    }

    [Fact]
    public void Alias_to_an_undefined_anchor_reports_BCE001_at_the_alias()
    {
        var diagnostic = SpecDiagnostics.ExpectError(
            """
            service:
              name: Demo
              apiVersion: v1
              endpoint: e
              defaultRegion: bj
            operations:
              GetThing:
                method: GET
                path: /things/{id}
                pathParameters: *missing
            """,
            "BCE001", line: 9, column: 20);

        Assert.Contains("'missing'", SpecDiagnostics.Message(diagnostic));
    }

    [Fact]
    public void Unterminated_quoted_scalar_reports_BCE001_at_the_opening_quote()
    {
        SpecDiagnostics.ExpectError("service: \"Demo\nother: x\n", "BCE001", line: 0, column: 9);
    }

    [Fact]
    public void Malformed_yaml_message_does_not_repeat_YamlDotNet_position_prefix()
    {
        var diagnostic = SpecDiagnostics.ExpectError("service:\n  name: Demo\n apiVersion: v1\n", "BCE001", line: 2, column: 1);

        Assert.DoesNotContain("(Line:", SpecDiagnostics.Message(diagnostic));
    }

    [Fact]
    public void Crlf_line_endings_keep_diagnostic_line_and_span_in_agreement()
    {
        const string Yaml = "service:\r\n  name: Demo\r\n apiVersion: v1\r\n";

        var result = GeneratorHarness.Run(Yaml, SpecDiagnostics.SpecPath);

        SpecDiagnostics.ExpectSingle(result, Yaml, "BCE001", DiagnosticSeverity.Error, line: 2, column: 1);
    }
}
