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
    public void Unterminated_flow_sequence_reports_BCE001_where_reading_breaks_instead_of_crashing()
    {
        // YamlDotNet 16 throws InvalidOperationException here, not YamlException, with no position: the generator
        // points at the line the scanner stopped on, the first one that cannot belong to the open '['.
        var diagnostic = SpecDiagnostics.ExpectError("items: [a, b\nother: x", "BCE001", line: 1, column: 0);

        Assert.StartsWith("The spec is not valid YAML: this line is still inside a '[' or '{' collection", SpecDiagnostics.Message(diagnostic));
    }

    [Fact]
    public void Flow_sequence_line_indented_too_little_reports_BCE001_at_that_line()
    {
        SpecDiagnostics.ExpectError("service:\n  regions: [bj,\n    gz,\n  su]\n", "BCE001", line: 3, column: 2);
    }

    [Theory]
    [InlineData("service:\n\tname: Demo\n", 1, 0)]
    [InlineData("service:\n  name: Demo\n\tapiVersion: v1\n", 2, 0)]
    [InlineData("service:\n  name: Demo\n  \tapiVersion: v1\n", 2, 2)]
    [InlineData("service:\n  name: Demo\noperations:\n  GetThing:\n  \t method: GET\n", 4, 2)]
    [InlineData("service:\n  regions:\n\t- bj\n", 2, 0)]
    [InlineData("service:\n  description: |\n\tText.\n", 2, 0)]
    [InlineData("service:\n  description: \"Two\n\tlines\"\n", 2, 0)]
    public void Tab_used_for_indentation_reports_BCE001_at_the_tab(string yaml, int line, int column)
    {
        // YamlDotNet reports some of these with no position (the file's first character) and others at the scalar it
        // was reading, on an earlier line; the tab is what the author must replace.
        var diagnostic = SpecDiagnostics.ExpectError(yaml, "BCE001", line, column);

        Assert.Contains("YAML indents with spaces only; replace this tab", SpecDiagnostics.Message(diagnostic));
    }

    [Fact]
    public void Tab_after_a_colon_is_plain_whitespace_and_no_error()
    {
        var result = GeneratorHarness.Run(
            "service:\n  name:\tDemo\n  apiVersion: v1\n  endpoint: e\n  defaultRegion: bj\noperations:\n  GetThing: { method: GET, path: /things }\n",
            SpecDiagnostics.SpecPath);

        Assert.Empty(result.Diagnostics);
        Assert.NotEmpty(result.GeneratedSources);
    }

    [Theory]
    [InlineData("service:\n  name: Demo\n  endpoint: \"\\q\"\n", 2, 12, "unknown escape character")]
    [InlineData("service:\n  name: Demo\n  endpoint: @e\n", 2, 12, "cannot start any token")]
    [InlineData("service:\n  name: Demo\n%YAML 1.2\n", 2, 0, "version directive")]
    [InlineData("service:\n  name: Demo\n  regions: [bj, gz\n", 3, 0, "did not find expected ',' or ']'")]
    [InlineData("service:\n  name: Demo\n  ? [a]\n  : b\n", 2, 4, "Mapping keys must be plain scalars")]
    public void Other_malformed_input_reports_BCE001_inside_the_file_where_it_breaks(string yaml, int line, int column, string message)
    {
        // Where YamlDotNet gives a position it is kept: a bad escape is reported at its scalar's opening quote.
        var diagnostic = SpecDiagnostics.ExpectError(yaml, "BCE001", line, column);

        Assert.Contains(message, SpecDiagnostics.Message(diagnostic));
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
