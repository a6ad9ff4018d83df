using Bce.Generator.Infrastructure;

namespace Bce.Generator.Model;

/// <summary>A JSON object type from the spec's <c>types</c> section.</summary>
internal sealed record ModelSpec(string Name, string Description, EquatableArray<PropertySpec> Properties);
