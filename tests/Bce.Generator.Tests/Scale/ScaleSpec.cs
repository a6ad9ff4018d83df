using System.Text;

namespace Bce.Generator.Tests.Scale;

/// <summary>
/// The spec the scale test and the generator benchmarks (tests/Bce.Generator.Benchmarks links this file) both run:
/// one builder, so the test's exponent and the benchmark's ratios speak of the same workload.
/// </summary>
public static class ScaleSpec
{
    /// <summary>A spec of <paramref name="groups"/> copies of a list/get/update trio with its models (three operations, two types each).</summary>
    public static string Create(int groups)
    {
        var builder = new StringBuilder("service: { name: Scale, apiVersion: v1, endpoint: \"scale.{region}.example.com\", defaultRegion: bj }\noperations:\n");
        for (var i = 0; i < groups; i++)
        {
            builder.Append(
                $$"""
                  ListThings{{i}}:
                    summary: Lists things {{i}}.
                    method: GET
                    path: /things{{i}}
                    query:
                      marker: { type: string }
                      maxKeys: { type: int32, minimum: 1, maximum: 1000 }
                    response: ThingPage{{i}}
                    pagination: { items: things, marker: marker, nextMarker: nextMarker, isTruncated: isTruncated }
                  GetThing{{i}}:
                    method: GET
                    path: /things{{i}}/{id}
                    pathParameters:
                      id: { type: string }
                    response: Thing{{i}}
                  UpdateThing{{i}}:
                    method: PUT
                    path: /things{{i}}/{id}
                    idempotent: true
                    pathParameters:
                      id: { type: string }
                    body:
                      name: { type: string, required: true }

                """);
        }

        builder.Append("types:\n");
        for (var i = 0; i < groups; i++)
        {
            builder.Append(
                $$"""
                  Thing{{i}}:
                    properties:
                      id: { type: string, required: true }
                      name: { type: string }
                  ThingPage{{i}}:
                    properties:
                      things: { type: "Thing{{i}}[]" }
                      nextMarker: { type: string }
                      isTruncated: { type: boolean }

                """);
        }

        return builder.ToString();
    }
}
