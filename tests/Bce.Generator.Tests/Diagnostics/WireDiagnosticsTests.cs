namespace Bce.Generator.Tests.Diagnostics;

/// <summary>
/// Misuse of the wire shapes, each at its YAML line and column: BCE020 (response), BCE021 (header parameter), BCE022
/// (query array), BCE023 (array body), BCE007 (a type in a query, a bad per-operation apiVersion).
/// </summary>
public sealed class WireDiagnosticsTests
{
    private const string Header = """
        service:
          name: Demo
          apiVersion: v1
          endpoint: e
          defaultRegion: bj
        operations:
          ListThings:
            method: GET
            path: /things

        """;

    private const string Types = """

        types:
          Thing:
            properties:
              thingId: { type: string }
        enums:
          Kind: { values: [a, b] }
        """;

    private static string Spec(string operationLines) => Header + operationLines + Types;

    [Fact]
    public void Query_list_without_arrayStyle_reports_BCE022_at_its_type()
    {
        var diagnostic = SpecDiagnostics.ExpectError(Spec("""
                query:
                  ids: { type: "string[]" }
            """), "BCE022", line: 10, column: 19);

        Assert.Contains("arrayStyle: comma", SpecDiagnostics.Message(diagnostic));
    }

    [Fact]
    public void Unknown_arrayStyle_reports_BCE022_at_the_value()
    {
        var diagnostic = SpecDiagnostics.ExpectError(Spec("""
                query:
                  ids: { type: "string[]", arrayStyle: spaces }
            """), "BCE022", line: 10, column: 43);

        Assert.Contains("'spaces'", SpecDiagnostics.Message(diagnostic));
    }

    [Fact]
    public void ArrayStyle_on_a_single_value_reports_BCE022_at_the_value()
    {
        SpecDiagnostics.ExpectError(Spec("""
                query:
                  id: { type: string, arrayStyle: comma }
            """), "BCE022", line: 10, column: 38);
    }

    [Theory]
    [InlineData("Thing")]
    [InlineData("\"Thing[]\"")]
    public void Type_or_list_of_types_in_a_query_reports_BCE007_at_its_type(string type)
    {
        var diagnostic = SpecDiagnostics.ExpectError(Spec($$"""
                query:
                  filter: { type: {{type}}, arrayStyle: comma }
            """), "BCE007", line: 10, column: 22);

        Assert.Contains("types in a query are not supported", SpecDiagnostics.Message(diagnostic));
    }

    [Fact]
    public void Header_name_that_is_not_a_token_reports_BCE021_at_the_name()
    {
        var diagnostic = SpecDiagnostics.ExpectError(Spec("""
                headers:
                  zone: { type: string, header: "x bce zone" }
            """), "BCE021", line: 10, column: 36);

        Assert.Contains("'x bce zone' is not an HTTP header name", SpecDiagnostics.Message(diagnostic));
    }

    [Theory]
    [InlineData("Authorization")]
    [InlineData("X-Bce-Date")]
    [InlineData("x-bce-security-token")]
    [InlineData("Content-Type")]
    public void Header_the_runtime_writes_reports_BCE021(string name)
    {
        var diagnostic = SpecDiagnostics.ExpectError(Spec($$"""
                headers:
                  zone: { type: string, header: {{name}} }
            """), "BCE021", line: 10, column: 36);

        Assert.Contains("the runtime writes", SpecDiagnostics.Message(diagnostic));
    }

    [Fact]
    public void Header_holding_a_list_reports_BCE021_at_its_type()
    {
        SpecDiagnostics.ExpectError(Spec("""
                headers:
                  zones: { type: "string[]", header: x-bce-zones }
            """), "BCE021", line: 10, column: 21);
    }

    [Fact]
    public void Same_header_twice_ignoring_case_reports_BCE021_at_the_second()
    {
        var diagnostic = SpecDiagnostics.ExpectError(Spec("""
                headers:
                  zone: { type: string, header: x-bce-zone }
                  area: { type: string, header: X-Bce-Zone }
            """), "BCE021", line: 11, column: 36);

        Assert.Contains("'zone'", SpecDiagnostics.Message(diagnostic));
    }

    [Fact]
    public void Misspelled_header_key_is_a_typo_of_header()
    {
        var diagnostic = SpecDiagnostics.ExpectError(Spec("""
                headers:
                  zone: { type: string, headr: x-bce-zone }
            """), "BCE012", line: 10, column: 28);

        Assert.Contains("did you mean 'header'?", SpecDiagnostics.Message(diagnostic));
    }

    [Fact]
    public void Misspelled_arrayStyle_key_is_a_typo_of_arrayStyle()
    {
        SpecDiagnostics.ExpectError(Spec("""
                query:
                  id: { type: string, arayStyle: comma }
            """), "BCE012", line: 10, column: 26);
    }

    [Fact]
    public void Response_that_is_an_enum_reports_BCE020_at_the_type()
    {
        var diagnostic = SpecDiagnostics.ExpectError(Spec("""
                response: { type: Kind, wrapper: kind }
            """), "BCE020", line: 9, column: 22);

        Assert.Contains("'Kind' is not a type under 'types'", SpecDiagnostics.Message(diagnostic));
    }

    [Fact]
    public void Response_that_is_a_list_of_strings_reports_BCE020()
    {
        SpecDiagnostics.ExpectError(Spec("""
                response: "string[]"
            """), "BCE020", line: 9, column: 14);
    }

    [Fact]
    public void Response_type_that_is_not_defined_reports_BCE003()
    {
        SpecDiagnostics.ExpectError(Spec("""
                response: { type: "Nothing[]" }
            """), "BCE003", line: 9, column: 22);
    }

    [Fact]
    public void Empty_wrapper_reports_BCE020_at_the_wrapper()
    {
        var diagnostic = SpecDiagnostics.ExpectError(Spec("""
                response: { type: Thing, wrapper: "" }
            """), "BCE020", line: 9, column: 38);

        Assert.Contains("wrapper", SpecDiagnostics.Message(diagnostic));
    }

    [Fact]
    public void Misspelled_wrapper_key_is_a_typo()
    {
        SpecDiagnostics.ExpectError(Spec("""
                response: { type: Thing, wraper: thing }
            """), "BCE012", line: 9, column: 29);
    }

    [Fact]
    public void Pagination_over_an_array_answer_reports_BCE020_at_pagination()
    {
        var diagnostic = SpecDiagnostics.ExpectError(Spec("""
                query:
                  marker: { type: string }
                response: "Thing[]"
                pagination: { items: things, marker: marker, nextMarker: nextMarker, isTruncated: isTruncated }
            """), "BCE020", line: 12, column: 4);

        Assert.Contains("not an array", SpecDiagnostics.Message(diagnostic));
    }

    [Fact]
    public void Waiter_over_an_array_answer_reports_BCE007_at_its_operation()
    {
        var diagnostic = SpecDiagnostics.ExpectError(Spec("""
                response: "Thing[]"
            """) + """

            waiters:
              ThingReady: { operation: ListThings, property: thingId, success: [x] }
            """, "BCE007", line: 17, column: 27);

        Assert.Contains("answering one object", SpecDiagnostics.Message(diagnostic));
    }

    [Fact]
    public void Array_body_that_is_not_one_list_reports_BCE023_at_it()
    {
        var diagnostic = SpecDiagnostics.ExpectError(Spec("""
                arrayBody:
                  thing: { type: Thing }
            """), "BCE023", line: 10, column: 6);

        Assert.Contains("exactly one member, a list", SpecDiagnostics.Message(diagnostic));
    }

    [Fact]
    public void Body_and_array_body_together_report_BCE023_at_arrayBody()
    {
        SpecDiagnostics.ExpectError(Spec("""
                body:
                  name: { type: string }
                arrayBody:
                  things: { type: "Thing[]" }
            """), "BCE023", line: 11, column: 4);
    }

    [Theory]
    [InlineData("v{x}")]
    [InlineData("/")]
    [InlineData("v1?a")]
    public void Operation_apiVersion_that_is_not_plain_path_text_reports_BCE007_at_it(string version)
    {
        var diagnostic = SpecDiagnostics.ExpectError(Spec($"""
                apiVersion: "{version}"
            """), "BCE007", line: 9, column: 16);

        Assert.Contains("apiVersion", SpecDiagnostics.Message(diagnostic));
    }

    [Fact]
    public void Same_path_under_two_api_versions_is_two_operations()
    {
        var result = Infrastructure.GeneratorHarness.Run(Spec("""
              ListThingsV2:
                method: GET
                path: /things
                apiVersion: v2
            """), SpecDiagnostics.SpecPath);

        Assert.Empty(result.Diagnostics);
        var client = result.GeneratedSources.Single(source => Infrastructure.GeneratedNames.Is(source.HintName, "Demo.DemoClient")).SourceText.ToString();
        Assert.Contains("HttpMethod.Get, \"/v1/things\", \"ListThings\")", client, StringComparison.Ordinal);
        Assert.Contains("HttpMethod.Get, \"/v2/things\", \"ListThingsV2\")", client, StringComparison.Ordinal);
    }

    [Fact]
    public void Same_path_and_api_version_twice_is_still_BCE004()
    {
        SpecDiagnostics.ExpectError(Spec("""
              ListThingsAgain:
                method: GET
                path: /things
                apiVersion: v1
            """), "BCE004", line: 9, column: 2);
    }
}
