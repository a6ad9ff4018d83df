using Bce.Generator.Infrastructure;

namespace Bce.Generator.Model;

/// <summary>A JSON object type from the spec's <c>types</c> section, or one a property describes in place.</summary>
/// <param name="Name">The C# type name (the spec's name in PascalCase, unique among the service's types ignoring case).</param>
/// <param name="Description">Documentation.</param>
/// <param name="Properties">The properties, in spec order.</param>
internal sealed record ModelSpec(string Name, string Description, EquatableArray<PropertySpec> Properties);
