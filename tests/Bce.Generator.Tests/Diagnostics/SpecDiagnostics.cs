using System.Globalization;
using Bce.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Text;

namespace Bce.Generator.Tests.Diagnostics;

/// <summary>Runs one spec through the generator and checks the one diagnostic it should produce, down to the YAML position.</summary>
internal static class SpecDiagnostics
{
    public const string SpecPath = "/specs/demo.yaml";

    /// <summary>
    /// The spec must produce exactly one error, at <paramref name="line"/>/<paramref name="column"/> (0-based), and no
    /// source at all. The run must not throw (<see cref="GeneratorHarness.Run"/> checks that).
    /// </summary>
    public static Diagnostic ExpectError(string yaml, string id, int line, int column)
    {
        var result = GeneratorHarness.Run(yaml, SpecPath);
        var diagnostic = ExpectSingle(result, yaml, id, DiagnosticSeverity.Error, line, column);
        Assert.Empty(result.GeneratedSources);
        return diagnostic;
    }

    /// <summary>Exactly one diagnostic with this id, severity and start position, located in the spec file.</summary>
    public static Diagnostic ExpectSingle(GeneratorRunResult result, string yaml, string id, DiagnosticSeverity severity, int line, int column)
    {
        Assert.Null(result.Exception);
        var diagnostic = Assert.Single(result.Diagnostics);
        AssertAt(diagnostic, yaml, SpecPath, id, severity, line, column);
        return diagnostic;
    }

    public static void AssertAt(Diagnostic diagnostic, string yaml, string path, string id, DiagnosticSeverity severity, int line, int column)
    {
        Assert.Equal(id, diagnostic.Id);
        Assert.Equal(severity, diagnostic.Severity);
        Assert.Equal(LocationKind.ExternalFile, diagnostic.Location.Kind);
        var lineSpan = diagnostic.Location.GetLineSpan();
        Assert.Equal(path, lineSpan.Path);
        Assert.Equal(new LinePosition(line, column), lineSpan.StartLinePosition);

        // The character span and the line/column must name the same place, or IDEs and the command line disagree.
        var text = SourceText.From(yaml);
        Assert.Equal(lineSpan.StartLinePosition, text.Lines.GetLinePosition(diagnostic.Location.SourceSpan.Start));
    }

    public static string Message(Diagnostic diagnostic) => diagnostic.GetMessage(CultureInfo.InvariantCulture);
}
