using Bce.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Bce.Generator.Tests.Compiling;

/// <summary>The generated client must compile cleanly: consumers build with warnings as errors.</summary>
public sealed class GeneratedCodeCompilesTests
{
    [Fact]
    public void PeerConn_client_compiles_without_errors_or_warnings()
    {
        var (output, generatorDiagnostics) = GeneratorHarness.RunAndCompile(GeneratorHarness.PeerConnSpec);

        Assert.Empty(generatorDiagnostics);
        var problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Internal_PeerConn_client_compiles_without_errors_or_warnings_and_declares_no_public_type()
    {
        // Code in the same assembly still uses it: the client, a request, a model, an enum, the pager and a waiter.
        const string UserCode = """
            using System.Threading.Tasks;
            using Bce.Vpc.PeerConnections;

            internal static class Wrapper
            {
                public static async Task UseAsync()
                {
                    using var client = new PeerConnClient(new Bce.Runtime.Credentials.BceCredentials("ak", "sk"));
                    IPeerConnClient api = client;
                    var detail = await api.GetPeerConnDetailAsync(new GetPeerConnDetailRequest { PeerConnId = "peerconn-1" });
                    _ = detail.Value.Status == PeerConnStatus.Active;
                    await foreach (var item in client.ListAllPeerConnsAsync(new ListPeerConnRequest { VpcId = "vpc-1" }))
                    {
                        _ = item.PeerConnId;
                    }

                    await client.WaitUntilPeerConnActiveAsync(new GetPeerConnDetailRequest { PeerConnId = "peerconn-1" });
                    _ = PeerConnErrorCodes.RequestExpired;
                }
            }
            """;

        var (output, generatorDiagnostics) = GeneratorHarness.RunAndCompile(
            GeneratorHarness.PeerConnSpec, new Dictionary<string, string> { ["build_property.BceClientVisibility"] = "internal" }, UserCode);

        Assert.Empty(generatorDiagnostics);
        var problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        var generatedTypes = output.SyntaxTrees
            .Where(tree => tree.FilePath.EndsWith(".g.cs", StringComparison.Ordinal))
            .SelectMany(tree => tree.GetRoot().DescendantNodes().OfType<BaseTypeDeclarationSyntax>()
                .Select(declaration => output.GetSemanticModel(tree).GetDeclaredSymbol(declaration)!))
            .ToList();
        Assert.True(generatedTypes.Count > 20, $"only {generatedTypes.Count} generated types found");
        Assert.All(generatedTypes, type => Assert.True(
            type.DeclaredAccessibility == Accessibility.Internal || type.ContainingType is not null,
            $"{type} is {type.DeclaredAccessibility}"));
    }

    [Fact]
    public void Every_generated_file_parses_cleanly()
    {
        var result = GeneratorHarness.Run(GeneratorHarness.PeerConnSpec);

        foreach (var source in result.GeneratedSources)
        {
            Assert.Empty(source.SyntaxTree.GetDiagnostics());
        }
    }

    [Fact]
    public void Names_that_need_escaping_still_compile()
    {
        const string yaml = """
            service: { name: Odd, apiVersion: v2, endpoint: "odd.{region}.example.com", defaultRegion: r1 }
            operations:
              GetThing:
                method: GET
                path: /things/{class}/items/{2nd-id}
                pathParameters:
                  class: { type: string }
                  2nd-id: { type: int64 }
                query:
                  event: { type: Kind }
                  page-size: { type: int32, minimum: 1 }
                  flag: { type: boolean }
                response: Thing
            types:
              Thing:
                properties:
                  namespace: { type: string }
                  kinds: { type: "Kind[]" }
                  numbers: { type: "int64[]" }
                  names: { type: "string[]" }
                  when: { type: timestamp }
                  ratio: { type: double }
            enums:
              Kind: { values: [to-string, equals, Kind, 9lives, a.b] }
            errors:
              Odd.Thing: { status: 400 }
              Thing: { status: 409 }
            """;

        var (output, generatorDiagnostics) = GeneratorHarness.RunAndCompile(yaml);

        Assert.Empty(generatorDiagnostics);
        var problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
