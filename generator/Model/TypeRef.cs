using System;

namespace Bce.Generator.Model;

/// <summary>What kind of value a property or parameter holds.</summary>
internal enum TypeKind
{
    String,
    Int32,
    Int64,
    /// <summary>A 32-bit floating-point number (C# <c>float</c>).</summary>
    Float,
    Double,
    Boolean,
    /// <summary>A BCE date-time string, parsed leniently; the raw text stays available.</summary>
    Timestamp,
    /// <summary>A type from the spec's <c>types</c> section, or an object described in place.</summary>
    Model,
    /// <summary>An enum from the spec's <c>enums</c> section (extensible: unknown values survive).</summary>
    Enum,
    /// <summary>A JSON array of <see cref="TypeRef.Item"/> values.</summary>
    List,
    /// <summary>A JSON object whose keys are strings and whose values are <see cref="TypeRef.Item"/>.</summary>
    Map,
}

/// <summary>
/// A resolved type reference. A list holds one level of anything but a list or map (<c>Tag[]</c>); a map's values may
/// be such a list (<c>map&lt;string, Tag[]&gt;</c>), so <see cref="Item"/> nests at most twice.
/// </summary>
/// <param name="Kind">The kind of the value.</param>
/// <param name="Name">
/// The C# name of the model or enum at the bottom of the reference (also for a list or map of one); empty otherwise.
/// </param>
/// <param name="Item">The element of a list, or the value of a map; null otherwise.</param>
/// <param name="EnumValues">For an enum (or a list or map of one), how its values travel: String, Int32 or Int64.</param>
internal sealed record TypeRef(TypeKind Kind, string Name = "", TypeRef? Item = null, TypeKind EnumValues = TypeKind.String)
{
    public static TypeRef Primitive(TypeKind kind) => new(kind, string.Empty);

    public static TypeRef ListOf(TypeRef element) => new(TypeKind.List, element.Name, element, element.EnumValues);

    public static TypeRef MapOf(TypeRef value) => new(TypeKind.Map, value.Name, value, value.EnumValues);

    public bool IsValueType => Kind is TypeKind.Int32 or TypeKind.Int64 or TypeKind.Float or TypeKind.Double
        or TypeKind.Boolean or TypeKind.Timestamp or TypeKind.Enum;

    public bool IsNumber => Kind is TypeKind.Int32 or TypeKind.Int64 or TypeKind.Float or TypeKind.Double;

    /// <summary>A list or a map: a value holding other values.</summary>
    public bool IsContainer => Kind is TypeKind.List or TypeKind.Map;

    /// <summary>An enum whose values are JSON numbers (<c>type: int32</c> under <c>enums</c>).</summary>
    public bool IsIntegerEnum => Kind == TypeKind.Enum && EnumValues != TypeKind.String;

    /// <summary>The kind of a list's elements or a map's values.</summary>
    public TypeKind ElementKind => Item?.Kind ?? TypeKind.String;

    /// <summary>The model or enum at the bottom of the reference, or a primitive: what a list or map finally holds.</summary>
    public TypeRef Innermost => Item is null ? this : Item.Innermost;

    public TypeRef Element => Item ?? throw new InvalidOperationException("Only lists and maps have elements.");
}
