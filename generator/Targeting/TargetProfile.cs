using System.Collections.Generic;
using Bce.Generator.Emitting;
using Bce.Generator.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Bce.Generator.Targeting;

/// <summary>
/// What the consumer's compilation offers the generated code, read once from the Compilation and reduced to plain
/// values so the step after it stays cached across C# edits: whether Bce.Runtime is referenced, the language version,
/// whether the runtime build can call a model's static <c>ReadJson</c> (net10.0) or needs it registered (netstandard2.0,
/// for .NET Framework), whether <c>ArgumentNullException.ThrowIfNull</c> exists, and which compiler attributes the
/// generated code needs but the target lacks.
/// </summary>
internal sealed record TargetProfile(
    bool RuntimeReferenced,
    int LanguageVersion,
    string LanguageVersionText,
    bool StaticJsonReaders,
    bool HasThrowIfNull,
    EquatableArray<string> MissingPolyfills)
{
    /// <summary>The oldest C# the generated code compiles with: <c>required</c> members and UTF-8 literals are C# 11.</summary>
    public const LanguageVersion MinimumLanguageVersion = Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp11;

    /// <summary>What today's net10.0 consumers have: everything, so the generated code is exactly the snapshots.</summary>
    public static TargetProfile Modern { get; } =
        new(true, (int)Microsoft.CodeAnalysis.CSharp.LanguageVersion.Latest, "latest", true, true, EquatableArray<string>.Empty);

    private const string JsonModelMetadataName = "Bce.Runtime.Serialization.IBceJsonModel`1";

    public bool LanguageVersionSupported => LanguageVersion >= (int)MinimumLanguageVersion;

    /// <summary>What the compilation's references offer; the language version is the parse options' (<see cref="WithLanguage"/>).</summary>
    public static TargetProfile Read(Compilation compilation)
    {
        var runtimeReferenced = compilation.GetTypeByMetadataName(RuntimeTypes.ServiceDescriptorMetadataName) is not null;
        var staticJsonReaders = !runtimeReferenced || HasStaticReadJson(compilation);
        return new TargetProfile(
            runtimeReferenced,
            Modern.LanguageVersion,
            Modern.LanguageVersionText,
            staticJsonReaders,
            HasThrowIfNull: HasStaticMethod(compilation, "System.ArgumentNullException", "ThrowIfNull"),
            MissingPolyfills: FindMissing(compilation, needsModuleInitializer: !staticJsonReaders));
    }

    /// <summary>
    /// The project's C# version, from its parse options rather than the compilation's syntax trees: the options change
    /// only when the project's settings do, so this never re-runs for a C# edit.
    /// </summary>
    public TargetProfile WithLanguage(ParseOptions options)
    {
        var version = options is CSharpParseOptions csharp ? csharp.LanguageVersion : Microsoft.CodeAnalysis.CSharp.LanguageVersion.Latest;
        return this with { LanguageVersion = (int)version, LanguageVersionText = version.ToDisplayString() };
    }

    /// <summary>The net10.0 runtime declares <c>static abstract TSelf ReadJson</c>; the netstandard2.0 one cannot.</summary>
    private static bool HasStaticReadJson(Compilation compilation)
    {
        var jsonModel = compilation.GetTypeByMetadataName(JsonModelMetadataName);
        if (jsonModel is null)
        {
            return true;
        }

        foreach (var member in jsonModel.GetMembers("ReadJson"))
        {
            if (member.IsStatic && member.IsAbstract)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasStaticMethod(Compilation compilation, string typeName, string methodName)
    {
        var type = compilation.GetTypeByMetadataName(typeName);
        if (type is null)
        {
            return false;
        }

        foreach (var member in type.GetMembers(methodName))
        {
            if (member is IMethodSymbol { IsStatic: true, DeclaredAccessibility: Accessibility.Public })
            {
                return true;
            }
        }

        return false;
    }

    private static EquatableArray<string> FindMissing(Compilation compilation, bool needsModuleInitializer)
    {
        var missing = new List<string>();
        foreach (var polyfill in Polyfills.All)
        {
            if (polyfill.MetadataName == Polyfills.ModuleInitializer && !needsModuleInitializer)
            {
                continue;
            }

            if (!IsAccessible(compilation, polyfill.MetadataName))
            {
                missing.Add(polyfill.MetadataName);
            }
        }

        return missing.ToEquatableArray();
    }

    /// <summary>
    /// A type the compilation can use: declared in it, or public in a reference. An internal copy in a reference (a
    /// library's own PolySharp output) does not count; the generated code could not use it.
    /// </summary>
    private static bool IsAccessible(Compilation compilation, string metadataName)
    {
        foreach (var type in compilation.GetTypesByMetadataName(metadataName))
        {
            if (compilation.IsSymbolAccessibleWithin(type, compilation.Assembly))
            {
                return true;
            }
        }

        return false;
    }
}
