using Bce.Generator.Tests.Diagnostics;
using Bce.Generator.Tests.Infrastructure;

namespace Bce.Generator.Tests.Compiling;

/// <summary>
/// The one identifier and literal policy: every spec the generator accepts compiles with zero warnings, whatever its
/// names and text hold; a spec it cannot turn into code gets a located error instead (never BCE099).
/// </summary>
public sealed class NamingPolicyTests
{
    private const string Service = """service: { name: Demo, apiVersion: v1, endpoint: "demo.{region}.example.com", defaultRegion: bj }""";

    [Fact]
    public void Line_terminators_in_literals_are_escaped()
    {
        // YAML's \N, \L and \P are U+0085, U+2028 and U+2029: each ends a line in C#.
        const string yaml = """
            service: { name: Demo, apiVersion: v1, endpoint: "demo.{region}\n.example.com\r", defaultRegion: "b\Lj", regions: ["b\Lj", "x\Py"] }
            operations:
              GetThing:
                method: GET
                path: /things
                action: "a\Nb"
                query:
                  "fil\nter": { type: string }
                response: Thing
            types:
              Thing:
                properties:
                  "na\u0085me": { type: string, aliases: ["al\Lias"] }
                  kind: { type: Kind }
            enums:
              Kind: { values: ["a\nb", "c\"d\\", "e\Pf"] }
            errors:
              "Bad\nCode": { status: 400, retryable: true }
            waiters:
              ThingReady: { operation: GetThing, property: kind, success: ["a\nb"] }
            """;

        AssertCompilesCleanly(yaml);
    }

    [Fact]
    public void Line_terminators_and_markup_in_descriptions_stay_inside_the_doc_comments()
    {
        const string yaml = """
            service: { name: Demo, description: "one\rtwo\Nthree", apiVersion: v1, endpoint: e, defaultRegion: bj }
            operations:
              GetThing:
                summary: "sum\Lmary <b> & </c>"
                description: "first\r\nsecond\Pthird\u0001"
                method: GET
                path: /things/{id}
                pathParameters:
                  id: { type: string, description: "the\Nid" }
                response: Thing
                pagination: { items: items, marker: "mark&er", nextMarker: next, isTruncated: more, pagerName: GetAllThings }
                query:
                  "mark&er": { type: string, description: "where\rit starts" }
            types:
              Thing:
                description: "a\Lthing"
                properties:
                  items: { type: "Item[]", description: "x\ny" }
                  next: { type: string }
                  more: { type: boolean }
              Item:
                properties:
                  state: { type: string }
            enums:
              Kind: { description: "k\Pk", values: [a] }
            errors:
              Bad: { status: 400, description: "bad\Nthing" }
            waiters:
              ThingDone: { summary: "wait\Lfor it", operation: GetThing, property: next, success: ["x<y"] }
            """;

        AssertCompilesCleanly(yaml);
    }

    [Fact]
    public void Members_named_like_their_type_or_like_generated_members_are_moved_aside()
    {
        const string yaml = $$"""
            {{Service}}
            operations:
              GetThing:
                method: POST
                path: /things
                idempotent: true
                query:
                  validate: { type: string }
                  withMarker: { type: string }
                  marker: { type: string }
                body:
                  writeBody: { type: string, required: true }
                  getThingRequest: { type: string, required: true }
                  toString: { type: int32, required: true }
                response: Thing
                pagination: { items: things, marker: marker, nextMarker: next, isTruncated: more }
            types:
              Thing:
                properties:
                  thing: { type: string, required: true }
                  validate: { type: Kind }
                  writeTo: { type: int32, required: true, minimum: 1 }
                  readFrom: { type: string }
                  findMissingRequiredProperty: { type: string }
                  equals: { type: string }
                  getHashCode: { type: string }
                  things: { type: "Thing[]" }
                  next: { type: string }
                  more: { type: boolean }
            enums:
              Kind: { values: [isKnown, IsKnownValues, equals, kind, toString, getType] }
            errors:
              ToString: { status: 400 }
              DemoErrorCodes: { status: 409 }
              Demo.Equals: { status: 500 }
            """;

        AssertCompilesCleanly(yaml);
    }

    [Theory]
    [InlineData("var")]
    [InlineData("record")]
    [InlineData("file")]
    [InlineData("required")]
    [InlineData("scoped")]
    [InlineData("thing")]
    [InlineData("dynamic")]
    public void Contextual_keywords_and_lower_case_words_as_every_kind_of_name_compile(string word)
    {
        var yaml = $$"""
            service: { name: {{word}}, namespace: Acme.{{word}}, apiVersion: v1, endpoint: e, defaultRegion: bj }
            operations:
              {{word}}:
                method: DELETE
                path: /things/{{{word}}}
                pathParameters:
                  {{word}}: { type: string }
                query:
                  cancellationToken: { type: string }
                  request: { type: int32 }
              Get{{word}}:
                method: GET
                path: /things
                response: {{word}}Model
            types:
              {{word}}Model:
                properties:
                  {{word}}: { type: {{word}}Kind }
                  value: { type: string }
            enums:
              {{word}}Kind: { values: [{{word}}, value] }
            waiters:
              {{word}}: { operation: Get{{word}}, property: {{word}}, success: [{{word}}] }
            """;

        AssertCompilesCleanly(yaml);
    }

    [Fact]
    public void Keyword_like_json_names_compile_and_are_no_type_names()
    {
        var yaml = $$"""
            {{Service}}
            operations:
              DeleteThing:
                method: DELETE
                path: /things/{__arglist}
                pathParameters:
                  __arglist: { type: string }
                query:
                  _a: { type: string }
                  __makeref: { type: int32 }
            """;

        AssertCompilesCleanly(yaml);
        AssertSingleError(yaml.Replace("DeleteThing:", "__arglist:"), "BCE007");
    }

    [Fact]
    public void A_parameter_named_cancellationToken_gets_a_distinct_shorthand_parameter()
    {
        var yaml = $$"""
            {{Service}}
            operations:
              DeleteThing:
                method: DELETE
                path: /things/{id}
                pathParameters:
                  id: { type: string }
                query:
                  cancellationToken: { type: string, required: true }
            """;

        var output = AssertCompilesCleanly(yaml);
        Assert.Contains(
            "DeleteThingAsync(string id, string cancellationTokenValue, global::System.Threading.CancellationToken cancellationToken = default)",
            Source(output, "Demo.DemoClient"));
    }

    [Theory]
    [InlineData("    query:\n      vpcId: { type: string, required: true }\n      marker: { type: string }\n    path: /things\n")]
    [InlineData("    query:\n      marker: { type: string }\n    path: /zones/{zone}/things\n    pathParameters:\n      zone: { type: string }\n")]
    [InlineData("    query:\n      marker: { type: string }\n    path: /things\n    body:\n      filter: { type: string, required: true }\n")]
    public void Paged_operation_with_required_input_takes_the_request_from_the_caller(string inputs)
    {
        var yaml = $$"""
            {{Service}}
            operations:
              ListThings:
                method: POST
            {{inputs}}    response: Page
                pagination: { items: items, marker: marker, nextMarker: next, isTruncated: more }
            types:
              Page:
                properties:
                  items: { type: "Thing[]" }
                  next: { type: string }
                  more: { type: boolean }
              Thing:
                properties:
                  id: { type: string }
            """;

        var output = AssertCompilesCleanly(yaml);
        Assert.Contains("ListThingsAllAsync(global::Bce.Demo.ListThingsRequest request, ", Source(output, "Demo.IDemoClient"));
    }

    [Theory]
    [InlineData("marker: { type: string, required: true }", "marker", "BCE007")]
    [InlineData("marker: { type: string }\n      tags: { type: \"string[]\" }", "tags", "BCE022")] // a list needs arrayStyle
    [InlineData("marker: { type: string }\n      page: { type: Page }", "page", "BCE007")]
    public void Unsupported_query_shapes_are_located_errors(string query, string at, string id)
    {
        var yaml = $$"""
            {{Service}}
            operations:
              ListThings:
                method: GET
                path: /things
                query:
                  {{query}}
                response: Page
                pagination: { items: items, marker: marker, nextMarker: next, isTruncated: more }
            types:
              Page:
                properties:
                  items: { type: "Page[]" }
                  next: { type: string }
                  more: { type: boolean }
            """;

        var diagnostic = AssertSingleError(yaml, id);
        Assert.Contains(at, Lines(yaml)[diagnostic.Location.GetLineSpan().StartLinePosition.Line]);
    }

    [Theory]
    [InlineData("types:\n  Tag: { properties: { a: { type: string } } }\n  tag: { properties: { b: { type: string } } }\n", "tag")]
    [InlineData("types:\n  T: { properties: { dnsStatus: { type: string }, DnsStatus: { type: string } } }\n", "DnsStatus")]
    [InlineData("types:\n  T: { properties: { ab: { type: string }, aB: { type: string } } }\n", "aB")]
    [InlineData("enums:\n  Kind: { values: [open, Open] }\n", "Open")]
    [InlineData("errors:\n  Http400: { status: 400 }\n  http400: { status: 400 }\n", "http400")]
    [InlineData("types:\n  DemoClient: { properties: { a: { type: string } } }\n", "DemoClient")]
    [InlineData("types:\n  getThingRequest: { properties: { a: { type: string } } }\n", "getThingRequest")]
    public void Names_equal_ignoring_case_are_BCE009_at_the_second(string section, string at)
    {
        var yaml = $$"""
            {{Service}}
            operations:
              GetThing:
                method: GET
                path: /things
            {{section}}
            """;

        var diagnostic = AssertSingleError(yaml, "BCE009");
        Assert.Contains(at, Lines(yaml)[diagnostic.Location.GetLineSpan().StartLinePosition.Line]);
    }

    [Theory]
    [InlineData("  GetXy: { method: GET, path: /a }\n  GetXY: { method: GET, path: /b }\n", "BCE004", "GetXY")]
    [InlineData("  List: { method: GET, path: /a, query: { marker: { type: string } }, response: Page, pagination: { items: items, marker: marker, nextMarker: next, isTruncated: more, pagerName: List } }\n", "BCE009", "pagerName")]
    [InlineData("  GetA: { method: GET, path: /a, response: Page }\n  GetB: { method: GET, path: /b }\nwaiters:\n  x: { operation: GetA, property: next, success: [x] }\n  X: { operation: GetA, property: next, success: [x] }\n", "BCE009", "X:")]
    public void Client_methods_equal_ignoring_case_are_located_errors(string operations, string id, string at)
    {
        var yaml = $$"""
            {{Service}}
            operations:
            {{operations}}types:
              Page:
                properties:
                  items: { type: "Page[]" }
                  next: { type: string }
                  more: { type: boolean }
            """;

        var diagnostic = AssertSingleError(yaml, id);
        Assert.Contains(at, Lines(yaml)[diagnostic.Location.GetLineSpan().StartLinePosition.Line]);
    }

    [Theory]
    [InlineData("apiVersion: \"v{x}\"", "path: /things")]
    [InlineData("apiVersion: v1", "path: \"/things?x=1\"")]
    [InlineData("apiVersion: v1", "path: \"/things#top\"")]
    [InlineData("apiVersion: v1", "path: \"/things\\n/x\"")]
    [InlineData("apiVersion: v1", "path: \"/things/{id\"")]
    public void Paths_that_cannot_reach_the_wire_as_written_are_BCE007(string apiVersion, string path)
    {
        var yaml = $$"""
            service: { name: Demo, {{apiVersion}}, endpoint: e, defaultRegion: bj }
            operations:
              GetThing:
                method: GET
                {{path}}
            """;

        AssertSingleError(yaml, "BCE007");
    }

    [Fact]
    public void A_plain_number_as_an_enum_value_is_BCE007_and_a_quoted_one_compiles()
    {
        var numbers = $$"""
            {{Service}}
            operations:
              GetThing: { method: GET, path: /things }
            enums:
              Level: { values: [1, 2] }
            """;

        var diagnostics = GeneratorHarness.Run(numbers, SpecDiagnostics.SpecPath).Diagnostics;
        Assert.Equal(["BCE007", "BCE007"], diagnostics.Select(d => d.Id));
        AssertCompilesCleanly(numbers.Replace("[1, 2]", "[\"1\", \"2\"]"));
    }

    [Theory]
    [InlineData("_")]
    [InlineData("__")]
    public void A_name_without_a_letter_is_BCE007(string name)
    {
        var yaml = $$"""
            {{Service}}
            operations:
              GetThing: { method: GET, path: /things }
            types:
              {{name}}: { properties: { a: { type: string } } }
            """;

        AssertSingleError(yaml, "BCE007");
    }

    private static Compilation AssertCompilesCleanly(string yaml)
    {
        var (output, generatorDiagnostics) = GeneratorHarness.RunAndCompile(yaml);
        Assert.True(generatorDiagnostics.IsEmpty, string.Join("\n", generatorDiagnostics));
        Assert.Contains(output.SyntaxTrees, tree => tree.FilePath.EndsWith(".g.cs", StringComparison.Ordinal));
        var problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(20)));
        return output;
    }

    private static Diagnostic AssertSingleError(string yaml, string id)
    {
        var result = GeneratorHarness.Run(yaml, SpecDiagnostics.SpecPath);
        var diagnostic = Assert.Single(result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
        Assert.Equal(id, diagnostic.Id);
        Assert.Empty(result.GeneratedSources);
        LocationInsideFileTests.AssertInside(result.Diagnostics, yaml);
        return diagnostic;
    }

    private static string Source(Compilation output, string name) =>
        output.SyntaxTrees.Single(tree => GeneratedNames.Is(Path.GetFileName(tree.FilePath), name)).ToString();

    private static string[] Lines(string yaml) => yaml.Split('\n');
}
