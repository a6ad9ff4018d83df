using System.Diagnostics;
using System.Text;
using Bce.Generator.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Bce.Generator.Tests.Scale;

/// <summary>A cold driver run over 1,000 to 5,000 operations grows linearly: the fitted exponent stays at or below 1.1.</summary>
public sealed class LinearScaleTests
{
    private readonly ITestOutputHelper _output;

    public LinearScaleTests(ITestOutputHelper output) => _output = output;

    /// <summary>A spec of <paramref name="groups"/> copies of a list/get/update trio with its models (three operations, two types each).</summary>
    public static string Spec(int groups)
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

    /// <summary>The median of a few cold runs (a fresh driver each), in seconds.</summary>
    public static double ColdRunSeconds(string spec, int repetitions)
    {
        var compilation = GeneratorHarness.CreateCompilation();
        var times = new List<double>();
        for (var i = 0; i < repetitions; i++)
        {
            var driver = GeneratorHarness.CreateDriver([new InMemoryAdditionalText("/specs/scale.yaml", spec)]);
            var clock = Stopwatch.StartNew();
            driver = driver.RunGenerators(compilation);
            times.Add(clock.Elapsed.TotalSeconds);
            Assert.Empty(driver.GetRunResult().Diagnostics);
        }

        times.Sort();
        return times[times.Count / 2];
    }

    [Fact]
    public void Driver_run_grows_linearly_from_1000_to_5000_operations()
    {
        ColdRunSeconds(Spec(50), 2);
        var sizes = new[] { 333, 1000, 1667 };
        var points = sizes.Select(groups => (Operations: groups * 3.0, Seconds: ColdRunSeconds(Spec(groups), 3))).ToList();

        // Least squares on log-log: the slope is the exponent.
        var xs = points.Select(p => Math.Log(p.Operations)).ToArray();
        var ys = points.Select(p => Math.Log(p.Seconds)).ToArray();
        var meanX = xs.Average();
        var meanY = ys.Average();
        var slope = xs.Zip(ys).Sum(p => (p.First - meanX) * (p.Second - meanY)) / xs.Sum(x => (x - meanX) * (x - meanX));
        foreach (var (operations, seconds) in points)
        {
            _output.WriteLine($"{operations,6:F0} operations: {seconds * 1000,8:F0} ms ({seconds * 1e6 / operations:F0} µs per operation)");
        }

        _output.WriteLine($"exponent {slope:F2}");
        Assert.True(slope <= 1.1, $"exponent {slope:F2}: " + string.Join(", ", points));
    }
}
