namespace Bce.Generator.Tests.Diagnostics;

/// <summary>BCE030-BCE036: misuse of the type side of the format, each at its YAML line and column (0-based).</summary>
public sealed class TypeShapeDiagnosticsTests
{
    [Theory]
    [InlineData("{ type: int32, maxLength: 3 }", "maxLength", 27)]
    [InlineData("{ type: boolean, pattern: \"^a$\" }", "pattern", 29)]
    [InlineData("{ type: string, minLength: 5, maxLength: 3 }", "minLength", 28)]
    public void Length_or_pattern_that_does_not_fit_reports_BCE030_at_its_key(string size, string key, int column)
    {
        var diagnostic = SpecDiagnostics.ExpectError(Spec(size), "BCE030", line: 13, column: column);

        Assert.Contains($"'{key}'", SpecDiagnostics.Message(diagnostic));
    }

    [Fact]
    public void Negative_length_reports_BCE030_at_the_value()
    {
        SpecDiagnostics.ExpectError(Spec("{ type: string, maxLength: -1 }"), "BCE030", line: 13, column: 39);
    }

    [Fact]
    public void Pattern_that_is_not_a_regular_expression_reports_BCE031_at_the_value()
    {
        SpecDiagnostics.ExpectError(Spec("{ type: string, pattern: \"[a-\" }"), "BCE031", line: 13, column: 37);
    }

    [Theory]
    [InlineData("{ type: int32, default: many }", 36)]
    [InlineData("{ type: int32, minimum: 1, default: \"0\" }", 48)]
    [InlineData("{ type: boolean, default: yes }", 38)]
    [InlineData("{ type: string, maxLength: 2, default: abc }", 51)]
    [InlineData("{ type: \"string[]\", default: a }", 41)]
    [InlineData("{ type: string, pattern: \"^[a-z]+$\", default: \"A1\" }", 58)]
    public void Default_that_does_not_fit_reports_BCE032_at_the_value(string size, int column)
    {
        SpecDiagnostics.ExpectError(Spec(size), "BCE032", line: 13, column: column);
    }

    [Theory]
    [InlineData("{ type: string, wireFormat: string }", 40)]
    [InlineData("{ type: int32, wireFormat: number }", 39)]
    public void Wire_format_misuse_reports_BCE033_at_the_value(string size, int column)
    {
        SpecDiagnostics.ExpectError(Spec(size), "BCE033", line: 13, column: column);
    }

    [Theory]
    [InlineData("{ type: \"map<int32, string>\" }", "key type is string")]
    [InlineData("{ type: \"map<string, map<string, string>>\" }", "map of maps")]
    [InlineData("{ type: \"map<string, string>[]\" }", "list of maps")]
    [InlineData("{ type: \"map<string>\" }", "map<string, ValueType>")]
    public void Unsupported_map_reports_BCE034_at_the_type_scalar(string size, string reason)
    {
        var diagnostic = SpecDiagnostics.ExpectError(Spec(size), "BCE034", line: 13, column: 20);

        Assert.Contains(reason, SpecDiagnostics.Message(diagnostic));
    }

    [Fact]
    public void Map_as_a_query_parameter_reports_BCE007_at_the_type()
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
                query:
                  filter: { type: "map<string, string>" }
            """,
            "BCE007", line: 10, column: 22);
    }

    [Fact]
    public void Map_of_an_unknown_type_reports_BCE003()
    {
        SpecDiagnostics.ExpectError(Spec("{ type: \"map<string, Widget>\" }"), "BCE003", line: 13, column: 20);
    }

    [Fact]
    public void Inline_object_named_like_a_declared_type_reports_BCE035_at_the_property()
    {
        var diagnostic = SpecDiagnostics.ExpectError(Spec("{ properties: { x: { type: string } } }", extraType: "ThingSize"), "BCE035", line: 13, column: 6);

        Assert.Contains("ThingSize", SpecDiagnostics.Message(diagnostic));
    }

    [Fact]
    public void Inline_object_with_a_typeName_taken_reports_BCE035_at_the_typeName()
    {
        SpecDiagnostics.ExpectError(Spec("{ typeName: Tag, properties: { x: { type: string } } }"), "BCE035", line: 13, column: 24);
    }

    [Fact]
    public void Inline_object_in_a_request_body_reports_BCE007()
    {
        SpecDiagnostics.ExpectError(
            """
            service:
              name: Demo
              apiVersion: v1
              endpoint: e
              defaultRegion: bj
            operations:
              PutThing:
                method: PUT
                path: /things
                body:
                  size: { properties: { x: { type: string } } }
            """,
            "BCE007", line: 10, column: 14);
    }

    [Fact]
    public void Inline_object_with_a_type_other_than_object_reports_BCE007()
    {
        SpecDiagnostics.ExpectError(Spec("{ type: \"Tag[]\", properties: { x: { type: string } } }"), "BCE007", line: 13, column: 20);
    }

    [Theory]
    [InlineData("[4, six]", 36)]
    [InlineData("[4, 3000000000]", 36)]
    public void Integer_enum_value_that_is_not_an_int32_reports_BCE036_at_the_value(string values, int column)
    {
        SpecDiagnostics.ExpectError(EnumSpec($"{{ type: int32, values: {values} }}"), "BCE036", line: 15, column: column);
    }

    [Fact]
    public void Enum_type_other_than_string_or_integer_reports_BCE036_at_the_type()
    {
        SpecDiagnostics.ExpectError(EnumSpec("{ type: double, values: [1.5] }"), "BCE036", line: 15, column: 17);
    }

    [Fact]
    public void Integer_enum_value_given_twice_reports_BCE009()
    {
        SpecDiagnostics.ExpectError(EnumSpec("{ type: int32, values: [4, 04] }"), "BCE009", line: 15, column: 36);
    }

    /// <summary>A valid spec whose <c>Thing.size</c> property (line 13) is given <paramref name="size"/>.</summary>
    private static string Spec(string size, string extraType = "Other") =>
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
          {{extraType}}:
            properties:
              key: { type: string }
        """;

    /// <summary>A valid spec whose enum <c>Level</c> (line 15) is <paramref name="definition"/>.</summary>
    private static string EnumSpec(string definition) =>
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
              level: { type: Level }
        enums:
          Level: {{definition}}
        """;
}
