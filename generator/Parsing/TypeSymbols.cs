using System.Collections.Generic;
using Bce.Generator.Model;

namespace Bce.Generator.Parsing;

/// <summary>
/// Every type name one spec defines, built once by the first pass over <c>types</c> and <c>enums</c> (before any
/// property is read, so a property may refer to a type defined anywhere in the file) and only read afterwards.
/// </summary>
internal sealed class TypeSymbols
{
    private readonly Dictionary<string, TypeSymbol> _byName;

    // Keyed by the enclosing type and the property's key node: a YAML alias can put one properties mapping (the same
    // key nodes) under two types, or one property value under two keys.
    private readonly Dictionary<(string Parent, YamlScalar Key), InlineTypeSymbol> _inlineByKey;

    public TypeSymbols(IReadOnlyList<TypeSymbol> declared, IReadOnlyList<InlineTypeSymbol> inline)
    {
        Declared = declared;
        Inline = inline;
        _byName = new Dictionary<string, TypeSymbol>(System.StringComparer.Ordinal);
        foreach (var symbol in declared)
        {
            _byName.Add(symbol.SpecName, symbol);
        }

        _inlineByKey = new Dictionary<(string Parent, YamlScalar Key), InlineTypeSymbol>(ReferenceComparer.Instance);
        foreach (var symbol in inline)
        {
            _inlineByKey[(symbol.ParentType, symbol.Key)] = symbol;
        }
    }

    public static TypeSymbols Empty { get; } = new(new List<TypeSymbol>(), new List<InlineTypeSymbol>());

    /// <summary>The types and enums of the spec, models first, each in file order.</summary>
    public IReadOnlyList<TypeSymbol> Declared { get; }

    /// <summary>The objects properties of <c>types</c> describe in place, in file order (a parent before its children).</summary>
    public IReadOnlyList<InlineTypeSymbol> Inline { get; }

    public TypeSymbol? Find(string specName) => _byName.TryGetValue(specName, out var symbol) ? symbol : null;

    /// <summary>The C# model name of a spec name under <c>types</c>; null when it names no model.</summary>
    public string? ModelTypeName(string specName) => Find(specName) is { IsEnum: false } symbol ? symbol.TypeName : null;

    /// <summary>The inline object the property <paramref name="propertyKey"/> of <paramref name="parentType"/> describes; null when the first pass named none.</summary>
    public InlineTypeSymbol? InlineFor(string parentType, YamlScalar propertyKey) =>
        _inlineByKey.TryGetValue((parentType, propertyKey), out var symbol) ? symbol : null;

    private sealed class ReferenceComparer : IEqualityComparer<(string Parent, YamlScalar Key)>
    {
        public static readonly ReferenceComparer Instance = new();

        public bool Equals((string Parent, YamlScalar Key) x, (string Parent, YamlScalar Key) y) =>
            x.Parent == y.Parent && ReferenceEquals(x.Key, y.Key);

        public int GetHashCode((string Parent, YamlScalar Key) obj) =>
            (obj.Parent.GetHashCode() * 31) + System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Key);
    }
}

/// <summary>A name under <c>types</c> or <c>enums</c>: the definition's key and value, and its C# type name.</summary>
/// <param name="SpecName">The name as the spec spells it.</param>
/// <param name="TypeName">The C# type name.</param>
/// <param name="Key">The defining key (diagnostics point at it).</param>
/// <param name="Node">The definition's value.</param>
/// <param name="IsEnum">Under <c>enums</c> rather than <c>types</c>.</param>
/// <param name="EnumValues">For an enum, how its values travel: String, Int32 or Int64 (its <c>type</c> key).</param>
internal sealed record TypeSymbol(string SpecName, string TypeName, YamlScalar Key, YamlNode Node, bool IsEnum, TypeKind EnumValues);

/// <summary>An object a property describes in place (<c>endpoint: { properties: {...} }</c>) and the C# type it becomes.</summary>
/// <param name="TypeName">The C# type name: the <c>typeName</c> key, or the parent type's name and the property's, in PascalCase.</param>
/// <param name="ParentType">The C# type the property belongs to.</param>
/// <param name="Context">Where it stands, for messages (<c>type 'Cluster'.endpoint</c>).</param>
/// <param name="Key">The property's key.</param>
/// <param name="PropertiesNode">Its <c>properties</c> mapping.</param>
/// <param name="Description">The property's description, which documents the type too.</param>
internal sealed record InlineTypeSymbol(string TypeName, string ParentType, string Context, YamlScalar Key, YamlNode PropertiesNode, string Description);
