using Bce.Generator.Tests.Infrastructure;

namespace Bce.Generator.Tests.Emitting;

/// <summary>
/// <c>BceClientVisibility=internal</c> on a small spec with one of everything (client, interface, request, models,
/// enum, error codes, pager, waiter): the whole output in one approved snapshot, so a type that stays public shows.
/// </summary>
public sealed class InternalVisibilitySnapshotTests
{
    private const string Spec = """
        service:
          name: Widget
          namespace: Acme.Widgets
          apiVersion: v1
          endpoint: "widget.{region}.example.com"
          defaultRegion: bj
        operations:
          ListWidgets:
            summary: Lists widgets.
            method: GET
            path: /widget
            query:
              marker: { type: string }
            response: WidgetPage
            pagination: { items: widgets, marker: marker, nextMarker: nextMarker, isTruncated: isTruncated }
          GetWidget:
            summary: Gets a widget.
            method: GET
            path: /widget/{widgetId}
            pathParameters:
              widgetId: { type: string, required: true }
            response: Widget
        types:
          Widget:
            properties:
              widgetId: { type: string }
              state: { type: WidgetState }
          WidgetPage:
            properties:
              widgets: { type: "Widget[]" }
              nextMarker: { type: string }
              isTruncated: { type: boolean }
        enums:
          WidgetState: { values: [building, ready] }
        errors:
          WidgetBusy: { status: 409, retryable: true }
        waiters:
          WidgetReady: { operation: GetWidget, property: state, success: [ready] }
        """;

    [Fact]
    public void Internal_variant_matches_approved_snapshot()
    {
        var result = GeneratorHarness.Run(Spec, globalOptions: new Dictionary<string, string> { ["build_property.BceClientVisibility"] = "internal" });

        Assert.Empty(result.Diagnostics);
        var files = result.GeneratedSources
            .OrderBy(source => source.HintName, StringComparer.Ordinal)
            .Select(source => $"// ===== {GeneratedNames.WithoutHash(source.HintName)} =====\n{source.SourceText}");
        Snapshot.Verify("Widget.Internal", string.Join("\n", files));
    }
}
