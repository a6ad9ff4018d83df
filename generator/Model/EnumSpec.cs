using Bce.Generator.Infrastructure;

namespace Bce.Generator.Model;

/// <summary>A string enum from the spec's <c>enums</c> section; values the service adds later still round-trip.</summary>
/// <param name="Name">The C# type name.</param>
/// <param name="Description">Documentation.</param>
/// <param name="Values">The known values.</param>
internal sealed record EnumSpec(string Name, string Description, EquatableArray<EnumValueSpec> Values);

/// <summary>One known value of an enum: its wire text and the static property that names it.</summary>
internal sealed record EnumValueSpec(string Value, string MemberName);
