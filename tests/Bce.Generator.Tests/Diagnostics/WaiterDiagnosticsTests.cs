namespace Bce.Generator.Tests.Diagnostics;

/// <summary>Waiters must poll a GET with a response, watch a string or enum property, and wait for values it can take.</summary>
public sealed class WaiterDiagnosticsTests
{
    private const string Base = """
        service: { name: Demo, apiVersion: v1, endpoint: "demo.{region}.example.com", defaultRegion: bj }
        operations:
          GetThing:
            method: GET
            path: /thing/{id}
            pathParameters: { id: { type: string } }
            response: Thing
          DeleteThing:
            method: DELETE
            path: /thing/{id}
            pathParameters: { id: { type: string } }
        types:
          Thing:
            properties:
              state: { type: State }
              size: { type: int32 }
              inner: { type: Inner }
              labels: { type: "map<string, Inner>" }
          Inner:
            properties:
              phase: { type: string }
              count: { type: int32 }
        enums:
          State: { values: [pending, ready, broken] }
        waiters:

        """;

    [Fact]
    public void A_valid_waiter_generates_its_method()
    {
        var result = Infrastructure.GeneratorHarness.Run(Base + "  ThingReady: { operation: GetThing, property: state, success: [ready], failure: [broken] }\n", SpecDiagnostics.SpecPath);

        Assert.Empty(result.Diagnostics);
        Assert.Contains(result.GeneratedSources, source => source.SourceText.ToString().Contains("WaitUntilThingReadyAsync", StringComparison.Ordinal));
    }

    [Fact]
    public void Waiter_on_an_operation_without_a_response_reports_BCE007_at_the_operation()
    {
        SpecDiagnostics.ExpectError(Base + "  Gone: { operation: DeleteThing, property: state, success: [ready] }\n", "BCE007", 25, 21);
    }

    [Fact]
    public void Waiter_on_a_number_property_reports_BCE007_at_the_property()
    {
        SpecDiagnostics.ExpectError(Base + "  Big: { operation: GetThing, property: size, success: [\"10\"] }\n", "BCE007", 25, 40);
    }

    [Fact]
    public void Waiter_for_a_value_the_enum_lacks_reports_BCE007_at_the_success_list()
    {
        SpecDiagnostics.ExpectError(Base + "  Done: { operation: GetThing, property: state, success: [finished] }\n", "BCE007", 25, 57);
    }

    [Fact]
    public void Waiter_without_success_values_reports_BCE002_at_its_name()
    {
        SpecDiagnostics.ExpectError(Base + "  Nothing: { operation: GetThing, property: state }\n", "BCE002", 25, 2);
    }

    [Fact]
    public void Waiter_on_a_dotted_path_through_an_object_reads_it_null_safely()
    {
        var result = Infrastructure.GeneratorHarness.Run(Base + "  InnerDone: { operation: GetThing, property: inner.phase, success: [done] }\n", SpecDiagnostics.SpecPath);

        Assert.Empty(result.Diagnostics);
        Assert.Contains(result.GeneratedSources, source => source.SourceText.ToString().Contains("static value => value.Inner?.Phase,", StringComparison.Ordinal));
    }

    [Fact]
    public void Dotted_path_to_an_unknown_property_reports_BCE007_at_the_property()
    {
        SpecDiagnostics.ExpectError(Base + "  Lost: { operation: GetThing, property: inner.nope, success: [done] }\n", "BCE007", 25, 41);
    }

    [Fact]
    public void Dotted_path_through_a_map_reports_BCE007_at_the_property()
    {
        SpecDiagnostics.ExpectError(Base + "  Mapped: { operation: GetThing, property: labels.phase, success: [done] }\n", "BCE007", 25, 43);
    }

    [Fact]
    public void Dotted_path_ending_at_a_number_reports_BCE007_at_the_property()
    {
        SpecDiagnostics.ExpectError(Base + "  Counted: { operation: GetThing, property: inner.count, success: [\"1\"] }\n", "BCE007", 25, 44);
    }
}
