using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Bce.Generator.Tests.Packaging;

/// <summary>
/// The compiler host (including Visual Studio's .NET Framework one) must be able to load everything the generator
/// references: netstandard, Roslyn at the floor version, and YamlDotNet, which ships beside it. Any other reference,
/// such as a System.Memory facade pulled in by a new package, breaks the generator in Visual Studio only (CS8784).
/// System.Collections.Immutable is allowed at exactly the version Roslyn 4.8 itself references (7.0.0.0): every
/// compiler host that can run Roslyn 4.8 supplies it, and <c>Collect()</c> hands the generator an ImmutableArray.
/// </summary>
public sealed class AnalyzerReferenceTests
{
    [Fact]
    public void Generator_references_only_netstandard_roslyn_4_8_and_yamldotnet()
    {
        var references = AssemblyReferences(typeof(BceClientGenerator).Assembly.Location);

        Assert.All(references, reference => Assert.True(
            reference.Name switch
            {
                "netstandard" => reference.Version == new Version(2, 0, 0, 0),
                "Microsoft.CodeAnalysis" or "Microsoft.CodeAnalysis.CSharp" => reference.Version == new Version(4, 8, 0, 0),
                "YamlDotNet" => true,
                "System.Collections.Immutable" => reference.Version == new Version(7, 0, 0, 0),
                _ => false,
            },
            $"Unexpected reference {reference.Name} {reference.Version}; all references: {string.Join(", ", references)}"));
        Assert.Contains(references, reference => reference.Name == "netstandard");
        Assert.Contains(references, reference => reference.Name == "Microsoft.CodeAnalysis");
        Assert.Contains(references, reference => reference.Name == "YamlDotNet");
    }

    [Fact]
    public void Generator_references_the_yamldotnet_version_that_is_shipped_beside_it()
    {
        using var stream = File.OpenRead(ShippedYamlDotNetPath());
        using var pe = new PEReader(stream);
        var shipped = pe.GetMetadataReader().GetAssemblyDefinition().Version;

        var reference = Assert.Single(AssemblyReferences(typeof(BceClientGenerator).Assembly.Location), r => r.Name == "YamlDotNet");

        Assert.Equal(shipped, reference.Version);
    }

    [Fact]
    public void Shipped_yamldotnet_references_only_netstandard()
    {
        var references = AssemblyReferences(ShippedYamlDotNetPath());

        Assert.Equal([("netstandard", new Version(2, 0, 0, 0))], references.Select(r => (r.Name, r.Version)));
    }

    [Fact]
    public void Generator_targets_netstandard2_0()
    {
        using var stream = File.OpenRead(typeof(BceClientGenerator).Assembly.Location);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();

        var targetFramework = metadata.GetAssemblyDefinition().GetCustomAttributes()
            .Select(handle => metadata.GetCustomAttribute(handle))
            .Where(attribute => AttributeTypeName(metadata, attribute) == "TargetFrameworkAttribute")
            .Select(attribute => attribute.DecodeValue(new StringOnlyDecoder()).FixedArguments[0].Value as string)
            .Single();

        Assert.Equal(".NETStandard,Version=v2.0", targetFramework);
    }

    /// <summary>
    /// The netstandard2.0 YamlDotNet.dll the package puts beside the generator (<c>$(PKGYamlDotNet)/lib/netstandard2.0</c>),
    /// found through the generator's restore output. The copy the test host loads is the net8.0 build, not the shipped one.
    /// </summary>
    private static string ShippedYamlDotNetPath()
    {
        var projectDir = typeof(AnalyzerReferenceTests).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>()
            .Single(attribute => attribute.Key == "ProjectDir").Value!;
        var assetsPath = Path.Combine(projectDir, "..", "..", "generator", "obj", "project.assets.json");
        using var assets = System.Text.Json.JsonDocument.Parse(File.ReadAllText(assetsPath));
        var packageFolder = assets.RootElement.GetProperty("packageFolders").EnumerateObject().First().Name;
        var yamlDotNet = assets.RootElement.GetProperty("libraries").EnumerateObject()
            .Single(library => library.Name.StartsWith("YamlDotNet/", StringComparison.OrdinalIgnoreCase));
        var path = Path.Combine(packageFolder, yamlDotNet.Value.GetProperty("path").GetString()!, "lib", "netstandard2.0", "YamlDotNet.dll");
        Assert.True(File.Exists(path), $"The shipped YamlDotNet.dll is not at {path}");
        return path;
    }

    private static List<AssemblyReferenceInfo> AssemblyReferences(string path)
    {
        Assert.True(File.Exists(path), $"No assembly at {path}");
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        return metadata.AssemblyReferences
            .Select(handle => metadata.GetAssemblyReference(handle))
            .Select(reference => new AssemblyReferenceInfo(metadata.GetString(reference.Name), reference.Version))
            .OrderBy(reference => reference.Name, StringComparer.Ordinal)
            .ToList();
    }

    private static string AttributeTypeName(MetadataReader metadata, CustomAttribute attribute) => attribute.Constructor.Kind switch
    {
        HandleKind.MemberReference => metadata.GetMemberReference((MemberReferenceHandle)attribute.Constructor).Parent is { Kind: HandleKind.TypeReference } parent
            ? metadata.GetString(metadata.GetTypeReference((TypeReferenceHandle)parent).Name)
            : string.Empty,
        _ => string.Empty,
    };

    private sealed record AssemblyReferenceInfo(string Name, Version Version)
    {
        public override string ToString() => $"{Name} {Version}";
    }

    /// <summary>Decodes attribute blobs whose arguments are strings, which is all TargetFrameworkAttribute has.</summary>
    private sealed class StringOnlyDecoder : ICustomAttributeTypeProvider<Type>
    {
        public Type GetPrimitiveType(PrimitiveTypeCode typeCode) => typeCode == PrimitiveTypeCode.String ? typeof(string) : typeof(object);

        public Type GetSystemType() => typeof(Type);

        public Type GetSZArrayType(Type elementType) => elementType.MakeArrayType();

        public Type GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) => typeof(object);

        public Type GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) => typeof(object);

        public Type GetTypeFromSerializedName(string name) => typeof(object);

        public PrimitiveTypeCode GetUnderlyingEnumType(Type type) => PrimitiveTypeCode.Int32;

        public bool IsSystemType(Type type) => type == typeof(Type);
    }
}
