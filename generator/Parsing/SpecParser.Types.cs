using System;
using System.Collections.Generic;
using Bce.Generator.Diagnostics;
using Bce.Generator.Infrastructure;
using Bce.Generator.Model;

namespace Bce.Generator.Parsing;

/// <summary>Types, enums, properties and type references.</summary>
internal sealed partial class SpecParser
{
    private EquatableArray<ModelSpec> ParseModels(MappingEntries types)
    {
        var models = new List<ModelSpec>();
        foreach (var entry in types.Ordered)
        {
            var name = entry.Key.Value;
            if (!_modelNames.TryGetValue(name, out var definition) || !ReferenceEquals(definition, entry.Key))
            {
                continue;
            }

            var context = $"type '{name}'";
            var fields = ReadMapping(entry.Value, context, "description", "properties");
            if (fields is null)
            {
                continue;
            }

            var propertiesNode = Require(fields, "properties", entry.Key, context);
            var properties = propertiesNode is null
                ? EquatableArray<PropertySpec>.Empty
                : ParseProperties(propertiesNode, context);
            models.Add(new ModelSpec(name, OptionalString(fields, "description") ?? string.Empty, properties));
        }

        return models.ToEquatableArray();
    }

    private EquatableArray<EnumSpec> ParseEnums(MappingEntries enums)
    {
        var result = new List<EnumSpec>();
        foreach (var entry in enums.Ordered)
        {
            var name = entry.Key.Value;
            if (!_enumNames.TryGetValue(name, out var definition) || !ReferenceEquals(definition, entry.Key))
            {
                continue;
            }

            var context = $"enum '{name}'";
            var fields = ReadMapping(entry.Value, context, "description", "values");
            if (fields is null)
            {
                continue;
            }

            if (Require(fields, "values", entry.Key, context) is null)
            {
                continue;
            }

            var values = OptionalStringList(fields, "values", context + ".values");
            if (values.IsEmpty)
            {
                Report(DiagnosticDescriptors.InvalidValue, fields["values"].Value, context + ".values", "an enum needs at least one value");
                continue;
            }

            CheckEnumMemberNames(fields["values"].Value, values, context);
            result.Add(new EnumSpec(name, OptionalString(fields, "description") ?? string.Empty, values));
        }

        return result.ToEquatableArray();
    }

    /// <summary>Two wire values that become the same C# member (e.g. <c>open</c> and <c>Open</c>) cannot both exist.</summary>
    private void CheckEnumMemberNames(YamlNode node, EquatableArray<string> values, string context)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var value in values)
        {
            if (!seen.Add(Identifiers.ToPascalCase(value)))
            {
                Report(DiagnosticDescriptors.DuplicateName, node, $"{context} value '{value}'");
            }
        }
    }

    private EquatableArray<PropertySpec> ParseProperties(YamlNode node, string context)
    {
        var entries = ReadMapping(node, context + ".properties");
        if (entries is null)
        {
            return EquatableArray<PropertySpec>.Empty;
        }

        var properties = new List<PropertySpec>();
        var memberNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in entries.Ordered)
        {
            var property = ParseProperty(entry.Key, entry.Value, context);
            if (property is null)
            {
                continue;
            }

            if (!memberNames.Add(Identifiers.ToPascalCase(property.JsonName)))
            {
                Report(DiagnosticDescriptors.DuplicateName, entry.Key, $"{context}.{property.JsonName}");
                continue;
            }

            properties.Add(property);
        }

        return properties.ToEquatableArray();
    }

    private PropertySpec? ParseProperty(YamlScalar key, YamlNode node, string owner)
    {
        var name = key.Value;
        var context = $"{owner}.{name}";
        if (!Identifiers.IsValidJsonMemberName(name))
        {
            Report(DiagnosticDescriptors.InvalidValue, key, context, $"'{name}' cannot be turned into a C# member name");
            return null;
        }

        var fields = ReadMapping(node, context, "type", "required", "description", "aliases", "minimum", "maximum");
        if (fields is null)
        {
            return null;
        }

        var typeNode = Require(fields, "type", key, context);
        var type = typeNode is null ? null : ParseTypeRef(typeNode);
        var minimum = OptionalInteger(fields, "minimum", context);
        var maximum = OptionalInteger(fields, "maximum", context);
        if ((minimum is not null || maximum is not null) && type is not null
            && type.Kind is not (TypeKind.Int32 or TypeKind.Int64 or TypeKind.Double))
        {
            Report(DiagnosticDescriptors.InvalidValue, fields[minimum is not null ? "minimum" : "maximum"].Value, context, "minimum and maximum apply to numbers only");
        }

        if (type is null)
        {
            return null;
        }

        return new PropertySpec(
            name,
            type,
            OptionalBool(fields, "required", context) ?? false,
            OptionalString(fields, "description") ?? string.Empty,
            OptionalStringList(fields, "aliases", context + ".aliases"),
            minimum,
            maximum);
    }

    /// <summary>
    /// Lower-case names are built-in primitives; anything else names a type or enum of this spec.
    /// <c>Name[]</c> is a list of one of those.
    /// </summary>
    private TypeRef? ParseTypeRef(YamlNode node)
    {
        if (node is not YamlScalar scalar || scalar.Value.Length == 0)
        {
            Report(DiagnosticDescriptors.UnsupportedType, node, node is YamlScalar ? "(empty)" : "(inline object)");
            return null;
        }

        var text = scalar.Value.Trim();
        if (text.EndsWith("[]", StringComparison.Ordinal))
        {
            var element = ResolveTypeName(text.Substring(0, text.Length - 2), scalar, text);
            if (element is null)
            {
                return null;
            }

            if (element.Kind == TypeKind.List)
            {
                Report(DiagnosticDescriptors.UnsupportedType, scalar, text);
                return null;
            }

            return new TypeRef(TypeKind.List, element.Name, element.Kind);
        }

        return ResolveTypeName(text, scalar, text);
    }

    private TypeRef? ResolveTypeName(string name, YamlScalar node, string fullText)
    {
        switch (name)
        {
            case "string": return TypeRef.Primitive(TypeKind.String);
            case "int32": return TypeRef.Primitive(TypeKind.Int32);
            case "int64": return TypeRef.Primitive(TypeKind.Int64);
            case "double": return TypeRef.Primitive(TypeKind.Double);
            case "boolean": return TypeRef.Primitive(TypeKind.Boolean);
            case "timestamp": return TypeRef.Primitive(TypeKind.Timestamp);
        }

        if (name.EndsWith("[]", StringComparison.Ordinal))
        {
            Report(DiagnosticDescriptors.UnsupportedType, node, fullText);
            return null;
        }

        if (_modelNames.ContainsKey(name))
        {
            return new TypeRef(TypeKind.Model, name);
        }

        if (_enumNames.ContainsKey(name))
        {
            return new TypeRef(TypeKind.Enum, name);
        }

        // A lower-case word is meant as a primitive we do not offer (float, object, map...); anything else is a
        // reference to a type that is not there.
        var looksPrimitive = name.Length > 0 && char.IsLower(name[0]);
        Report(looksPrimitive || !Identifiers.IsValidIdentifier(name) ? DiagnosticDescriptors.UnsupportedType : DiagnosticDescriptors.UnknownTypeReference, node, fullText);
        return null;
    }
}
