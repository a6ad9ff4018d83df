using Bce.Generator.Tests.Infrastructure;

namespace Bce.Generator.Tests.Parsing;

/// <summary>The same spec gives the same files, byte for byte, on every machine and every run.</summary>
public sealed class OutputStabilityTests
{
    [Fact]
    public void Hint_names_are_unique_and_end_in_g_cs()
    {
        var result = GeneratorHarness.Run(GeneratorHarness.PeerConnSpec);

        var hintNames = result.GeneratedSources.Select(source => source.HintName).ToArray();
        Assert.NotEmpty(hintNames);
        Assert.Equal(hintNames.Length, hintNames.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(hintNames, name => Assert.EndsWith(".g.cs", name, StringComparison.Ordinal));
    }

    [Fact]
    public void Hint_names_are_the_same_in_two_independent_runs()
    {
        var first = GeneratorHarness.Run(GeneratorHarness.PeerConnSpec);
        var second = GeneratorHarness.Run(GeneratorHarness.PeerConnSpec);

        Assert.Equal(
            first.GeneratedSources.Select(source => source.HintName),
            second.GeneratedSources.Select(source => source.HintName));
    }

    [Fact]
    public void Generating_the_same_spec_twice_gives_identical_text()
    {
        var first = GeneratorHarness.Run(GeneratorHarness.PeerConnSpec);
        var second = GeneratorHarness.Run(GeneratorHarness.PeerConnSpec);

        Assert.Equal(Texts(first), Texts(second));
    }

    [Fact]
    public void Output_contains_no_carriage_return()
    {
        var result = GeneratorHarness.Run(GeneratorHarness.PeerConnSpec);

        Assert.All(result.GeneratedSources, source => Assert.DoesNotContain('\r', source.SourceText.ToString()));
    }

    [Fact]
    public void Crlf_spec_generates_the_same_text_as_the_lf_spec()
    {
        var lf = GeneratorHarness.Run(GeneratorHarness.PeerConnSpec.Replace("\r\n", "\n"));
        var crlf = GeneratorHarness.Run(GeneratorHarness.PeerConnSpec.Replace("\r\n", "\n").Replace("\n", "\r\n"));

        Assert.Empty(crlf.Diagnostics);
        Assert.Equal(Texts(lf), Texts(crlf));
    }

    [Fact]
    public void Generated_text_does_not_depend_on_the_current_culture()
    {
        var invariant = Texts(GeneratorHarness.Run(GeneratorHarness.PeerConnSpec));
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            // fi-FI formats negative numbers with U+2212 and tr-TR upper-cases 'i' to 'İ'.
            foreach (var culture in new[] { "fi-FI", "tr-TR" })
            {
                System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo(culture);
                Assert.Equal(invariant, Texts(GeneratorHarness.Run(GeneratorHarness.PeerConnSpec)));
            }
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Two_specs_with_the_same_service_name_in_different_folders_both_generate()
    {
        var driver = GeneratorHarness.CreateDriver(
        [
            new InMemoryAdditionalText("/a/api.yaml", GeneratorHarness.PeerConnSpec),
            new InMemoryAdditionalText("/b/api.yaml", GeneratorHarness.PeerConnSpec.Replace("namespace: Bce.Vpc.PeerConnections", "namespace: Other.PeerConnections")),
        ]);
        var result = driver.RunGenerators(GeneratorHarness.CreateCompilation()).GetRunResult().Results.Single();

        Assert.Null(result.Exception);
        var hintNames = result.GeneratedSources.Select(source => source.HintName).ToArray();
        Assert.Equal(hintNames.Length, hintNames.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    private static string[] Texts(GeneratorRunResult result) =>
        result.GeneratedSources.Select(source => source.HintName + "\n" + source.SourceText).ToArray();
}
