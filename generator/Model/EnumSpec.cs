using Bce.Generator.Infrastructure;

namespace Bce.Generator.Model;

/// <summary>An enum from the spec's <c>enums</c> section; values the service adds later still round-trip.</summary>
/// <param name="Name">The C# type name.</param>
/// <param name="Description">Documentation.</param>
/// <param name="Values">The known values.</param>
internal sealed record EnumSpec(string Name, string Description, EquatableArray<EnumValueSpec> Values)
{
    /// <summary>How the values travel: String (the default), or Int32/Int64 for an enum of JSON numbers.</summary>
    public TypeKind ValueKind { get; init; } = TypeKind.String;

    public bool IsInteger => ValueKind != TypeKind.String;
}

/// <summary>One known value of an enum: its wire text (for an integer enum, the number's invariant text) and the static property that names it.</summary>
internal sealed record EnumValueSpec(string Value, string MemberName);
