using Bce.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Text;

namespace Bce.Generator.Tests.Diagnostics;

/// <summary>Every diagnostic lies inside its file: YamlDotNet's marks past the end (the file <c>---</c>) are clamped.</summary>
public sealed class LocationInsideFileTests
{
    [Theory]
    [InlineData("---")]
    [InlineData("")]
    [InlineData("-")]
    [InlineData("service")]
    [InlineData("service:")]
    [InlineData("service:\n")]
    [InlineData("service: {}\noperations:\n  X: {method: GET")]
    [InlineData("\n\n\n")]
    [InlineData("--- |\n  text")]
    [InlineData("a: 1\r\n---")]
    public void Every_diagnostic_lies_inside_the_file_and_its_line_span_matches_its_span(string yaml)
    {
        var result = GeneratorHarness.Run(yaml, SpecDiagnostics.SpecPath);

        Assert.NotEmpty(result.Diagnostics);
        AssertInside(result.Diagnostics, yaml);
    }

    /// <summary>The span ends inside the text, and its line/column is what the text says for that span.</summary>
    internal static void AssertInside(IEnumerable<Diagnostic> diagnostics, string yaml)
    {
        var text = SourceText.From(yaml);
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.Location == Location.None)
            {
                continue;
            }

            var span = diagnostic.Location.SourceSpan;
            Assert.True(span.End <= yaml.Length, $"{diagnostic} ends at {span.End}, past the end ({yaml.Length})");
            Assert.Equal(text.Lines.GetLinePositionSpan(span), diagnostic.Location.GetLineSpan().Span);
        }
    }
}
