using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;
using Bce.Package.Tests.Infrastructure;

namespace Bce.Package.Tests;

/// <summary>
/// What <c>dotnet pack Generated.sln</c> produces: exactly the product's packages, each with one version, the licence,
/// a readme, a description, tags, the repository commit, XML docs and a symbol package; and the one package a user
/// references carries the runtime, the generator with YamlDotNet beside it, the MSBuild glue and the spec catalog.
/// </summary>
[Collection(PackageFeedCollection.Name)]
public sealed class PackageContentsTests(PackageFeed feed)
{
    private static readonly string[] Packages = ["Bce.Runtime", "Bce.Runtime.DependencyInjection", "Bce.Emulator", "Bce.Emulator.Tool"];

    [Fact]
    public void Packing_the_solution_produces_exactly_the_product_packages_with_one_version()
    {
        var produced = Directory.GetFiles(feed.Folder, "*.nupkg").Select(Path.GetFileName).Order().ToArray();

        Assert.Equal(Packages.Select(id => $"{id}.{feed.Version}.nupkg").Order().ToArray(), produced);
    }

    [Theory]
    [MemberData(nameof(PackageIds))]
    public void Every_package_carries_licence_readme_description_tags_and_repository_commit(string id)
    {
        using var package = ZipFile.OpenRead(feed.PackagePath(id));
        var metadata = Nuspec(package);

        Assert.Equal("Apache-2.0", Element(metadata, "license").Value);
        Assert.Equal("expression", Element(metadata, "license").Attribute("type")?.Value);
        Assert.Equal("README.md", Element(metadata, "readme").Value);
        Assert.NotNull(package.GetEntry("README.md"));
        Assert.NotNull(package.GetEntry("LICENSE"));
        Assert.True(Element(metadata, "description").Value.Length > 40, "a real description");
        Assert.Contains("bce", Element(metadata, "tags").Value.Split(' '));
        Assert.Matches("^[0-9a-f]{40}$", Element(metadata, "repository").Attribute("commit")?.Value ?? string.Empty);
    }

    [Theory]
    [InlineData("Bce.Runtime")]
    [InlineData("Bce.Runtime.DependencyInjection")]
    [InlineData("Bce.Emulator")]
    public void Every_library_package_has_XML_docs_and_a_symbol_package_with_its_pdb(string id)
    {
        using var package = ZipFile.OpenRead(feed.PackagePath(id));
        Assert.Contains(package.Entries, e => e.FullName == $"lib/net10.0/{id}.xml");

        using var symbols = ZipFile.OpenRead(feed.PackagePath(id, "snupkg"));
        Assert.Contains(symbols.Entries, e => e.FullName == $"lib/net10.0/{id}.pdb");
    }

    [Fact]
    public void The_runtime_package_carries_the_generator_YamlDotNet_the_MSBuild_glue_and_the_catalog()
    {
        using var package = ZipFile.OpenRead(feed.PackagePath("Bce.Runtime"));
        var files = package.Entries.Select(e => e.FullName).ToHashSet();

        Assert.Contains("lib/net10.0/Bce.Runtime.dll", files);
        Assert.Contains("analyzers/dotnet/cs/Bce.Generator.dll", files);
        Assert.Contains("analyzers/dotnet/cs/YamlDotNet.dll", files);
        Assert.Contains("build/Bce.Runtime.props", files);
        Assert.Contains("build/Bce.Runtime.targets", files);
        Assert.Contains("buildTransitive/Bce.Runtime.props", files);
        Assert.Contains("buildTransitive/Bce.Runtime.targets", files);
        Assert.Contains("specs/peerconn.yaml", files);
        foreach (var family in new[] { "vpc", "subnet", "route", "acl", "nat", "ipv6gateway", "probe", "template" })
        {
            Assert.Contains($"specs/vpc/{family}.yaml", files);
        }

        Assert.DoesNotContain(files, f => f.StartsWith("specs/reference/", StringComparison.Ordinal));
        Assert.DoesNotContain(files, f => f.StartsWith("lib/", StringComparison.Ordinal) && f.Contains("Generator", StringComparison.Ordinal));
    }

    [Fact]
    public void The_runtime_package_has_a_netstandard2_0_build_with_docs_symbols_and_its_own_dependency_group()
    {
        using var package = ZipFile.OpenRead(feed.PackagePath("Bce.Runtime"));
        var files = package.Entries.Select(e => e.FullName).ToHashSet();
        Assert.Contains("lib/netstandard2.0/Bce.Runtime.dll", files);
        Assert.Contains("lib/netstandard2.0/Bce.Runtime.xml", files);
        using var symbols = ZipFile.OpenRead(feed.PackagePath("Bce.Runtime", "snupkg"));
        Assert.Contains(symbols.Entries, e => e.FullName == "lib/netstandard2.0/Bce.Runtime.pdb");

        var groups = Element(Nuspec(package), "dependencies").Elements()
            .ToDictionary(g => g.Attribute("targetFramework")!.Value, g => g.Elements().Select(d => d.Attribute("id")!.Value).Order().ToArray());

        Assert.Equal(["Microsoft.Extensions.Logging.Abstractions", "Polly.Core"], groups["net10.0"]);
        Assert.Equal(
            ["Microsoft.Bcl.AsyncInterfaces", "Microsoft.Bcl.HashCode", "Microsoft.Bcl.TimeProvider", "Microsoft.Extensions.Logging.Abstractions",
             "Polly.Core", "System.Collections.Immutable", "System.ComponentModel.Annotations", "System.Diagnostics.DiagnosticSource",
             "System.Memory", "System.Text.Json"],
            groups[".NETStandard2.0"]);
    }

    [Fact]
    public void The_packaged_generator_references_only_netstandard_Roslyn_4_8_for_CSharp_its_immutable_collections_and_YamlDotNet()
    {
        using var package = ZipFile.OpenRead(feed.PackagePath("Bce.Runtime"));
        using var stream = new MemoryStream();
        using (var entry = package.GetEntry("analyzers/dotnet/cs/Bce.Generator.dll")!.Open())
        {
            entry.CopyTo(stream);
        }

        stream.Position = 0;
        using var reader = new PEReader(stream);
        var metadata = reader.GetMetadataReader();
        var references = metadata.AssemblyReferences
            .Select(handle => metadata.GetAssemblyReference(handle))
            .Select(reference => $"{metadata.GetString(reference.Name)} {reference.Version}")
            .Order()
            .ToArray();

        // Microsoft.CodeAnalysis.CSharp for the project's C# version (BCE040): the C# compiler that loads the generator is that assembly.
        Assert.Equal(
            ["Microsoft.CodeAnalysis 4.8.0.0", "Microsoft.CodeAnalysis.CSharp 4.8.0.0", "netstandard 2.0.0.0", "System.Collections.Immutable 7.0.0.0", "YamlDotNet 16.0.0.0"],
            references);
    }

    [Fact]
    public void The_emulator_tool_package_is_a_dotnet_tool_named_bce_emulator()
    {
        using var package = ZipFile.OpenRead(feed.PackagePath("Bce.Emulator.Tool"));
        var metadata = Nuspec(package);

        Assert.Contains(Element(metadata, "packageTypes").Elements(), e => e.Attribute("name")?.Value == "DotnetTool");
        var settings = package.Entries.Single(e => e.FullName.EndsWith("/DotnetToolSettings.xml", StringComparison.Ordinal));
        using var text = new StreamReader(settings.Open());
        Assert.Contains("<Command Name=\"bce-emulator\"", text.ReadToEnd());
    }

    public static TheoryData<string> PackageIds() => new(Packages);

    private static XElement Nuspec(ZipArchive package)
    {
        var entry = package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
        using var stream = entry.Open();
        return XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
    }

    private static XElement Element(XElement metadata, string name) =>
        metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)
        ?? throw new Xunit.Sdk.XunitException($"the nuspec has no <{name}>");
}
