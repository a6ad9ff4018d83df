using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Bce.Emulator.Tests.Packaging;

/// <summary>
/// The emulator is a second, independent implementation of the wire contract: as built, neither the library nor the
/// tool may reference the runtime, the generator or a generated client, nor hold generated code of their own. Read
/// from the assemblies' metadata, so a reference added any way (project, package, copied file) is caught.
/// </summary>
public sealed class AssemblyReferenceTests
{
    /// <summary>What a reference may be: the .NET and ASP.NET Core shared frameworks, and (for the tool) the library.</summary>
    private static readonly string[] AllowedPrefixes = ["System", "Microsoft.AspNetCore", "Microsoft.Extensions", "Microsoft.Win32", "netstandard", "mscorlib"];

    public static TheoryData<string> EmulatorAssemblies => new() { "Bce.Emulator.dll", "Bce.Emulator.Tool.dll" };

    [Theory]
    [MemberData(nameof(EmulatorAssemblies))]
    public void References_neither_the_runtime_nor_any_generated_client(string fileName)
    {
        var references = AssemblyReferences(fileName);

        Assert.NotEmpty(references);
        Assert.DoesNotContain(references, r => r.StartsWith("Bce.Runtime", StringComparison.Ordinal));
        Assert.DoesNotContain(references, r => r.StartsWith("Bce.Generator", StringComparison.Ordinal));
        Assert.DoesNotContain(references, r => r.StartsWith("PeerConn", StringComparison.Ordinal));
        Assert.All(references, r => Assert.True(
            r == "Bce.Emulator" || AllowedPrefixes.Any(p => r == p || r.StartsWith(p + ".", StringComparison.Ordinal)),
            $"{fileName} references {r}, which is neither the shared framework nor Bce.Emulator."));
    }

    [Theory]
    [MemberData(nameof(EmulatorAssemblies))]
    public void Holds_no_generated_client_code(string fileName)
    {
        using var pe = new PEReader(File.OpenRead(Path.Combine(AppContext.BaseDirectory, fileName)));
        var metadata = pe.GetMetadataReader();
        var namespaces = metadata.TypeDefinitions
            .Select(handle => metadata.GetString(metadata.GetTypeDefinition(handle).Namespace))
            .Where(name => name.Length > 0)
            .Distinct()
            .ToList();

        // Compiler- and source-generated helpers (System.*, Microsoft.CodeAnalysis) are expected; any other Bce.*
        // namespace (Bce.Vpc.*, Bce.Runtime.*) or a PeerConn one would be a client compiled in.
        Assert.Contains(namespaces, name => name.StartsWith("Bce.Emulator", StringComparison.Ordinal));
        Assert.All(namespaces, name => Assert.False(
            (name.StartsWith("Bce.", StringComparison.Ordinal) && !name.StartsWith("Bce.Emulator", StringComparison.Ordinal))
            || name.StartsWith("PeerConn", StringComparison.Ordinal),
            $"{fileName} defines types in {name}."));
    }

    [Fact]
    public void The_tool_references_the_library()
    {
        Assert.Contains("Bce.Emulator", AssemblyReferences("Bce.Emulator.Tool.dll"));
    }

    private static List<string> AssemblyReferences(string fileName)
    {
        using var pe = new PEReader(File.OpenRead(Path.Combine(AppContext.BaseDirectory, fileName)));
        var metadata = pe.GetMetadataReader();
        return metadata.AssemblyReferences
            .Select(handle => metadata.GetString(metadata.GetAssemblyReference(handle).Name))
            .ToList();
    }
}
