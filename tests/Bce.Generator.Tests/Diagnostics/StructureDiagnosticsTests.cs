using Bce.Generator.Tests.Infrastructure;

namespace Bce.Generator.Tests.Diagnostics;

/// <summary>BCE008 (wrong node kind), BCE009 (a name defined twice) and BCE010 (an unknown key, only a warning; a typo of a known one is BCE012, see MisspelledKeyTests).</summary>
public sealed class StructureDiagnosticsTests
{
    [Fact]
    public void Operations_as_a_sequence_reports_BCE008_at_the_sequence()
    {
        var diagnostic = SpecDiagnostics.ExpectError(
            """
            service:
              name: Demo
              apiVersion: v1
              endpoint: e
              defaultRegion: bj
            operations:
              - GetThing
            """,
            "BCE008", line: 6, column: 2);

        Assert.Contains("operations must be a mapping", SpecDiagnostics.Message(diagnostic));
    }

    [Fact]
    public void Enum_with_the_name_of_a_type_reports_BCE009_at_the_enum_name()
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
                path: /things
            types:
              Thing:
                properties:
                  id: { type: string }
            enums:
              Thing:
                values: [a, b]
            """,
            "BCE009", line: 14, column: 2);

        Assert.Contains("'Thing'", SpecDiagnostics.Message(diagnostic));
    }

    [Fact]
    public void Repeated_service_key_reports_BCE009_at_the_second_key()
    {
        var diagnostic = SpecDiagnostics.ExpectError(
            """
            service:
              name: Demo
              name: Other
              apiVersion: v1
              endpoint: e
              defaultRegion: bj
            operations:
              GetThing:
                method: GET
                path: /things
            """,
            "BCE009", line: 2, column: 2);

        Assert.Contains("service.name", SpecDiagnostics.Message(diagnostic));
    }

    [Fact]
    public void Properties_that_become_the_same_member_report_BCE009_at_the_second_property()
    {
        SpecDiagnostics.ExpectError(
            """
            service:
              name: Demo
              apiVersion: v1
              endpoint: e
              defaultRegion: bj
            operations:
              GetThing:
                method: GET
                path: /things
                response: Thing
            types:
              Thing:
                properties:
                  thing_id: { type: string }
                  thingId: { type: string }
            """,
            "BCE009", line: 14, column: 6);
    }

    [Fact]
    public void Type_named_like_a_generated_request_class_reports_BCE009_instead_of_crashing()
    {
        SpecDiagnostics.ExpectError(
            """
            service:
              name: Demo
              apiVersion: v1
              endpoint: e
              defaultRegion: bj
            operations:
              GetThing:
                method: GET
                path: /things
            types:
              GetThingRequest:
                properties:
                  id: { type: string }
            """,
            "BCE009", line: 10, column: 2);
    }

    [Fact]
    public void Enum_named_like_the_generated_client_reports_BCE009_instead_of_crashing()
    {
        SpecDiagnostics.ExpectError(
            """
            service:
              name: Demo
              apiVersion: v1
              endpoint: e
              defaultRegion: bj
            operations:
              GetThing:
                method: GET
                path: /things
            enums:
              DemoClient:
                values: [a]
            """,
            "BCE009", line: 10, column: 2);
    }

    [Fact]
    public void Unknown_operation_key_reports_BCE010_warning_and_the_spec_still_generates()
    {
        const string Yaml = """
            service:
              name: Demo
              apiVersion: v1
              endpoint: e
              defaultRegion: bj
            operations:
              GetThing:
                method: GET
                x-owner: Platform team
                path: /things
            """;

        var result = GeneratorHarness.Run(Yaml, SpecDiagnostics.SpecPath);

        var diagnostic = SpecDiagnostics.ExpectSingle(result, Yaml, "BCE010", DiagnosticSeverity.Warning, line: 8, column: 4);
        Assert.Contains("'x-owner'", SpecDiagnostics.Message(diagnostic));
        Assert.Contains(result.GeneratedSources, source => GeneratedNames.Is(source.HintName, "Demo.GetThingRequest"));
    }
}
