namespace Bce.Generator.Tests.Diagnostics;

/// <summary>BCE004 (an operation twice), BCE005 (a path placeholder nobody defines) and BCE007 (a value out of its set).</summary>
public sealed class OperationDiagnosticsTests
{
    [Fact]
    public void Same_operation_name_twice_reports_BCE004_at_the_second_definition()
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
              GetThing:
                method: GET
                path: /other
            """,
            "BCE004", line: 9, column: 2);

        Assert.Contains("'GetThing'", SpecDiagnostics.Message(diagnostic));
    }

    [Fact]
    public void Two_operations_with_same_method_path_and_action_report_BCE004_at_the_second_name()
    {
        var diagnostic = SpecDiagnostics.ExpectError(
            """
            service:
              name: Demo
              apiVersion: v1
              endpoint: e
              defaultRegion: bj
            operations:
              StartThing:
                method: PUT
                path: /things/{id}
                pathParameters:
                  id: { type: string }
                action: start
              BeginThing:
                method: PUT
                path: /things/{thingId}
                pathParameters:
                  thingId: { type: string }
                action: start
            """,
            "BCE004", line: 12, column: 2);

        Assert.Contains("'BeginThing'", SpecDiagnostics.Message(diagnostic));
        Assert.Contains("'StartThing'", SpecDiagnostics.Message(diagnostic));
    }

    [Fact]
    public void Path_placeholder_without_pathParameters_reports_BCE005_at_the_path()
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
            """,
            "BCE005", line: 8, column: 10);

        Assert.Contains("'{id}'", SpecDiagnostics.Message(diagnostic));
        Assert.Contains("'GetThing'", SpecDiagnostics.Message(diagnostic));
    }

    [Fact]
    public void Unknown_http_method_reports_BCE007_at_the_method_value()
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
                method: FOO
                path: /things
            """,
            "BCE007", line: 7, column: 12);

        Assert.Contains("'FOO'", SpecDiagnostics.Message(diagnostic));
    }

    [Fact]
    public void Non_numeric_error_status_reports_BCE007_at_the_status_value()
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
            errors:
              NoSuchThing: { status: "abc" }
            """,
            "BCE007", line: 10, column: 25);

        Assert.Contains("'abc'", SpecDiagnostics.Message(diagnostic));
    }
}
