using Bce.Generator.Tests.Emitting;
using Bce.Generator.Tests.Infrastructure;

namespace Bce.Generator.Tests.Compiling;

/// <summary>The type-side shapes compile cleanly (warnings as errors) and read naturally from a caller's code.</summary>
public sealed class TypeShapesCompileTests
{
    [Fact]
    public void Shapes_spec_compiles_without_errors_or_warnings_and_its_types_read_as_documented()
    {
        const string UserCode = """
            using System.Collections.Generic;
            using Bce.Tests.Shapes;

            internal static class Caller
            {
                public static void Use(Gadget gadget)
                {
                    IDictionary<string, string>? labels = gadget.Labels;
                    IDictionary<string, IList<Part>>? partLists = gadget.PartLists;
                    IDictionary<string, GadgetZones>? zones = gadget.Zones;
                    IList<GadgetMirrors>? mirrors = gadget.Mirrors;
                    GadgetEndpoint? endpoint = gadget.Endpoint;
                    TlsSettings? tls = endpoint?.Tls;
                    float? weight = gadget.Weight;
                    double? score = gadget.Score;
                    int? port = gadget.Port;
                    IpVersion version = 4;
                    int number = (int)version;
                    _ = version == IpVersion.Value4 && version.IsKnown && version.Value == number;
                    _ = new CreateGadgetRequest
                    {
                        Name = "g",
                        IpVersion = IpVersion.Value6,
                        OnlyVersion = 4,
                        Labels = new Dictionary<string, string> { ["team"] = "net" },
                        Parts = new Dictionary<string, Part> { ["left"] = new Part { PartId = "p" } },
                        Port = 121,
                        Weight = 1.5f,
                    };
                    _ = (labels, partLists, zones, mirrors, tls, weight, score, port);
                }
            }
            """;

        var (output, generatorDiagnostics) = GeneratorHarness.RunAndCompile(TypeShapesSnapshotTests.ShapesSpec, UserCode);

        Assert.Empty(generatorDiagnostics);
        var problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Integer_enums_floats_and_maps_of_scalars_in_paths_queries_bodies_and_waiters_compile()
    {
        const string yaml = """
            service: { name: Odd, apiVersion: v1, endpoint: "odd.{region}.example.com", defaultRegion: r1 }
            operations:
              GetThing:
                method: GET
                path: /things/{level}
                pathParameters:
                  level: { type: Level }
                query:
                  big: { type: Big }
                  ratio: { type: float, default: "0.5" }
                response: Thing
            types:
              Thing:
                properties:
                  level: { type: Level }
                  bigs: { type: "map<string, Big[]>" }
                  times: { type: "map<string, timestamp>" }
                  flags: { type: "map<string, boolean>" }
                  weights: { type: "float[]" }
                  count: { type: int64, wireFormat: string, minimum: 0 }
            enums:
              Level: { type: int32, values: [-1, 0, 1] }
              Big: { type: int64, values: [5000000000] }
            waiters:
              LevelUp: { operation: GetThing, property: level, success: ["1"], failure: ["-1"] }
            """;

        var (output, generatorDiagnostics) = GeneratorHarness.RunAndCompile(yaml);

        Assert.Empty(generatorDiagnostics);
        var problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
