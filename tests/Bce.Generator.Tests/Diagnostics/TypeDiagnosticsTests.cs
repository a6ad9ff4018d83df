namespace Bce.Generator.Tests.Diagnostics;

/// <summary>BCE003 (a name that is not defined) and BCE006 (a type the format does not offer), at the type scalar.</summary>
public sealed class TypeDiagnosticsTests
{
    [Fact]
    public void Unknown_property_type_reports_BCE003_at_the_type_scalar()
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
                response: Thing
            types:
              Thing:
                properties:
                  owner: { type: Widget }
            """,
            "BCE003", line: 13, column: 21);

        Assert.Contains("'Widget'", SpecDiagnostics.Message(diagnostic));
    }

    [Fact]
    public void Unknown_response_type_reports_BCE003_at_the_response_scalar()
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
                response: Nope
            """,
            "BCE003", line: 9, column: 14);

        Assert.Contains("'Nope'", SpecDiagnostics.Message(diagnostic));
    }

    [Fact]
    public void Path_parameter_with_unknown_type_reports_only_BCE003_not_a_missing_definition()
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
                path: /things/{id}
                pathParameters:
                  id: { type: Widget }
            """,
            "BCE003", line: 10, column: 18);
    }

    [Fact]
    public void Unsigned_property_type_reports_BCE006_at_the_type_scalar()
    {
        var diagnostic = SpecDiagnostics.ExpectError(Spec("{ type: uint32 }"), "BCE006", line: 13, column: 20);

        Assert.Contains("'uint32'", SpecDiagnostics.Message(diagnostic));
    }

    [Fact]
    public void List_of_lists_property_type_reports_BCE006_at_the_type_scalar()
    {
        var diagnostic = SpecDiagnostics.ExpectError(Spec("{ type: \"Tag[][]\" }"), "BCE006", line: 13, column: 20);

        Assert.Contains("'Tag[][]'", SpecDiagnostics.Message(diagnostic));
    }

    [Fact]
    public void Inline_mapping_as_property_type_reports_BCE006_at_the_mapping()
    {
        var diagnostic = SpecDiagnostics.ExpectError(Spec("{ type: { kind: string } }"), "BCE006", line: 13, column: 20);

        Assert.Contains("inline object", SpecDiagnostics.Message(diagnostic));
    }

    /// <summary>A valid spec whose <c>Thing.size</c> property (line 13) is given <paramref name="size"/>.</summary>
    private static string Spec(string size) =>
        $$"""
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
              size: {{size}}
          Tag:
            properties:
              key: { type: string }
        """;
}
