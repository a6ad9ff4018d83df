using System;

namespace Bce.Generator.Model;

/// <summary>What kind of value a property or parameter holds.</summary>
internal enum TypeKind
{
    String,
    Int32,
    Int64,
    Double,
    Boolean,
    /// <summary>A BCE date-time string, parsed leniently; the raw text stays available.</summary>
    Timestamp,
    /// <summary>A type from the spec's <c>types</c> section.</summary>
    Model,
    /// <summary>A string enum from the spec's <c>enums</c> section (extensible: unknown values survive).</summary>
    Enum,
    /// <summary>A JSON array of <see cref="TypeRef.ElementKind"/> values.</summary>
    List,
}

/// <summary>
/// A resolved type reference. Lists are one level deep (<c>Tag[]</c>), so the element is described inline
/// rather than by a nested reference.
/// </summary>
/// <param name="Kind">The kind of the value.</param>
/// <param name="Name">The spec name for models and enums (also of a list's element); empty otherwise.</param>
/// <param name="ElementKind">For lists, the kind of the elements.</param>
internal sealed record TypeRef(TypeKind Kind, string Name, TypeKind ElementKind = TypeKind.String)
{
    public static TypeRef Primitive(TypeKind kind) => new(kind, string.Empty);

    public bool IsValueType => Kind is TypeKind.Int32 or TypeKind.Int64 or TypeKind.Double or TypeKind.Boolean
        or TypeKind.Timestamp or TypeKind.Enum;

    public TypeRef Element => Kind == TypeKind.List
        ? new TypeRef(ElementKind, Name)
        : throw new InvalidOperationException("Only lists have elements.");
}
