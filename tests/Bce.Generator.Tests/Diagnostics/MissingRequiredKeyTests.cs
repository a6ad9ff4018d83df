namespace Bce.Generator.Tests.Diagnostics;

/// <summary>BCE002: a required key is absent; the error points at the node that should have held it.</summary>
public sealed class MissingRequiredKeyTests
{
    [Fact]
    public void Operation_without_method_reports_BCE002_at_the_operation_name()
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
                path: /things
            """,
            "BCE002", line: 6, column: 2);

        Assert.Contains("'method'", SpecDiagnostics.Message(diagnostic));
        Assert.Contains("GetThing", SpecDiagnostics.Message(diagnostic));
    }

    [Fact]
    public void Spec_without_service_reports_BCE002_at_the_start_of_the_document()
    {
        var diagnostic = SpecDiagnostics.ExpectError(
            """
            operations:
              GetThing:
                method: GET
                path: /things
            """,
            "BCE002", line: 0, column: 0);

        Assert.Contains("'service'", SpecDiagnostics.Message(diagnostic));
    }

    [Fact]
    public void Service_without_endpoint_reports_BCE002_at_the_service_mapping()
    {
        var diagnostic = SpecDiagnostics.ExpectError(
            """
            service:
              name: Demo
              apiVersion: v1
              defaultRegion: bj
            operations:
              GetThing:
                method: GET
                path: /things
            """,
            "BCE002", line: 1, column: 2);

        Assert.Contains("'endpoint'", SpecDiagnostics.Message(diagnostic));
    }

    [Fact]
    public void Empty_spec_file_reports_BCE002_for_service_at_the_start_of_the_file()
    {
        var diagnostic = SpecDiagnostics.ExpectError(string.Empty, "BCE002", line: 0, column: 0);

        Assert.Contains("'service'", SpecDiagnostics.Message(diagnostic));
    }

    [Fact]
    public void Comment_only_spec_file_reports_BCE002_for_service()
    {
        SpecDiagnostics.ExpectError("# nothing here yet\n", "BCE002", line: 0, column: 0);
    }
}
