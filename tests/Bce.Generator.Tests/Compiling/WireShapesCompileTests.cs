using Bce.Generator.Tests.Emitting;
using Bce.Generator.Tests.Infrastructure;

namespace Bce.Generator.Tests.Compiling;

/// <summary>
/// The wire shapes compile cleanly and give the caller the types the spec promises: the wrapped model itself (no
/// envelope type), read-only lists for array answers, header and query-array members on the request.
/// </summary>
public sealed class WireShapesCompileTests
{
    private const string UserCode = """
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Acme.Gadgets;
        using Bce.Runtime;

        internal static class Caller
        {
            public static async Task UseAsync(IGadgetClient client)
            {
                BceResponse<Gadget> one = await client.GetGadgetAsync("g-1");
                _ = one.Value.GadgetId;
                BceResponse<IReadOnlyList<Gadget>> many = await client.ListGadgetsAsync(new ListGadgetsRequest
                {
                    GadgetIds = new List<string> { "g-1", "g-2" },
                    Sizes = new List<int> { 1, 2 },
                    Addresses = new List<string> { "10.0.0.1" },
                    Kinds = new List<GadgetKind> { GadgetKind.Lamp },
                    Zone = "zone-a",
                    TraceId = 7,
                });
                _ = many.Value.Count;
                IReadOnlyList<Part> parts = (await client.ListGadgetPartsAsync("g-1")).Value;
                BceResponse replaced = await client.ReplaceGadgetPartsAsync(new ReplaceGadgetPartsRequest
                {
                    GadgetId = "g-1",
                    Slot = 2,
                    Owner = "me",
                    Parts = new List<Part> { new Part { Name = "bolt" } },
                });
                _ = replaced.Status + parts.Count;
                await client.DeleteGadgetAsync("g-1");
            }
        }
        """;

    [Fact]
    public void Wire_shapes_client_compiles_without_errors_or_warnings_and_reads_as_the_spec_says()
    {
        var (output, generatorDiagnostics) = GeneratorHarness.RunAndCompile(WireShapesSnapshotTests.Spec, UserCode);

        Assert.Empty(generatorDiagnostics);
        var problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Wrapped_answer_declares_no_envelope_type()
    {
        var result = GeneratorHarness.Run(WireShapesSnapshotTests.Spec);

        var typeNames = result.GeneratedSources.Select(source => GeneratedNames.WithoutHash(source.HintName)).ToList();
        Assert.Equal(
            ["Gadget.DeleteGadgetRequest", "Gadget.Gadget", "Gadget.GadgetClient", "Gadget.GadgetErrorCodes", "Gadget.GadgetKind", "Gadget.GetGadgetRequest",
             "Gadget.IGadgetClient", "Gadget.ListGadgetPartsRequest", "Gadget.ListGadgetsRequest", "Gadget.Part", "Gadget.ReplaceGadgetPartsRequest"],
            typeNames.Order(StringComparer.Ordinal));
    }
}
