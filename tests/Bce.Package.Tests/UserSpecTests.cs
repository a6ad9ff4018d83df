using System.Text.RegularExpressions;
using Bce.Package.Tests.Infrastructure;

namespace Bce.Package.Tests;

/// <summary>
/// A spec the user owns, named by its path (<c>&lt;BceApi Include="specs/widget.yaml" /&gt;</c>): edits reach the
/// client on the next build, mistakes fail the build at the spec's own line and column, and setup mistakes get one
/// clear error instead of a cascade.
/// </summary>
[Collection(PackageFeedCollection.Name)]
public sealed partial class UserSpecTests(PackageFeed feed)
{
    private const string WidgetSpec = """
        service: { name: Widget, namespace: Consumer.Widgets, apiVersion: v1, endpoint: "widget.{region}.example.com", defaultRegion: bj }
        operations:
          GetWidget:
            method: GET
            path: /widget/{widgetId}
            pathParameters: { widgetId: { type: string } }
            response: Widget
        types:
          Widget:
            properties:
              widgetId: { type: string, required: true }
              size: { type: int32 }
        """;

    private const string Items = """<BceApi Include="specs/widget.yaml" />""";

    [Fact]
    public void Editing_a_user_owned_spec_adds_the_member_after_a_rebuild()
    {
        var project = ConsumerProject.Create(feed, "edit", Items, "System.Console.WriteLine(new Consumer.Widgets.Widget { WidgetId = \"w-1\" }.Size);");
        project.Write("specs/widget.yaml", WidgetSpec);
        var first = project.Dotnet("build");
        Assert.True(first.ExitCode == 0, first.ToString());

        project.Write("specs/widget.yaml", WidgetSpec + "\n      color: { type: string }\n");
        project.Write("Program.cs", "System.Console.WriteLine(new Consumer.Widgets.Widget { WidgetId = \"w-1\", Color = \"blue\" }.Color);");
        var second = project.Dotnet("run");

        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Contains("blue", second.Output);
    }

    [Fact]
    public void A_broken_user_spec_fails_the_build_with_the_generator_diagnostic_at_its_line_and_column()
    {
        var project = ConsumerProject.Create(feed, "broken", Items, "System.Console.WriteLine();");
        project.Write("specs/widget.yaml", WidgetSpec.Replace("size: { type: int32 }", "size: { type: Gadget }"));

        var build = project.Dotnet("build");

        Assert.NotEqual(0, build.ExitCode);
        Assert.Matches(@"specs[/\\]widget\.yaml\(12,\d+\): error BCE003", build.Output);
        Assert.DoesNotContain("CS8785", build.Output);
        Assert.DoesNotContain("error CS", build.Output);
    }

    [Fact]
    public void A_project_whose_compilation_lacks_the_runtime_gets_one_clear_error()
    {
        // The analyzers and the MSBuild glue without the library: what a project that takes only a package's
        // build-time assets (IncludeAssets="build;analyzers") gets.
        var project = ConsumerProject.Create(feed, "no-runtime", Items, "System.Console.WriteLine();",
            packageReference: $"""<PackageReference Include="Bce.Runtime" Version="{feed.Version}" IncludeAssets="build;analyzers" />""");
        project.Write("specs/widget.yaml", WidgetSpec);

        var build = project.Dotnet("build");

        Assert.NotEqual(0, build.ExitCode);
        var errors = ErrorLine().Matches(build.Output).Select(m => m.Groups["text"].Value).Distinct().ToList();
        var error = Assert.Single(errors);
        Assert.Contains("Bce.Runtime", error);
    }

    [Fact]
    public void An_unknown_catalog_name_fails_with_one_error_listing_the_catalog()
    {
        var project = ConsumerProject.Create(feed, "unknown-name", """<BceApi Include="PeerConnection" />""", "System.Console.WriteLine();");

        var build = project.Dotnet("build");

        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains("error BCE100: BceApi 'PeerConnection' is not in the Bce.Runtime catalog", build.Output);
        Assert.Contains("Name a spec of the catalog (peerconn, vpc)", build.Output);
    }

    [GeneratedRegex(@"error (?<text>[A-Z]+\d+:[^\[\r\n]*)")]
    private static partial Regex ErrorLine();
}
