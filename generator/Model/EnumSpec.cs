using Bce.Generator.Infrastructure;

namespace Bce.Generator.Model;

/// <summary>A string enum from the spec's <c>enums</c> section; values the service adds later still round-trip.</summary>
internal sealed record EnumSpec(string Name, string Description, EquatableArray<string> Values);
