using System;
using System.Collections.Generic;
using Bce.Generator.Diagnostics;
using Bce.Generator.Infrastructure;
using Bce.Generator.Model;

namespace Bce.Generator.Parsing;

/// <summary>Types, enums, properties and type references.</summary>
internal sealed partial class SpecParser
{
    /// <summary>Members a model's generated code declares besides its properties.</summary>
    private static readonly string[] ModelMembers = { "WriteTo", "ReadFrom", "Validate", "FindMissingRequiredProperty" };

    /// <summary>Members an enum's generated code declares besides its values.</summary>
    private static readonly string[] EnumMembers = { "IsKnown" };

    private static readonly System.Text.RegularExpressions.Regex YamlNonString = new(
        @"^(~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN))$",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

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

            var typeName = _typeNames[name];
            CheckNotAGeneratedMember(typeName, ModelMembers, entry.Key, name);
            var propertiesNode = Require(fields, "properties", entry.Key, context);
            var properties = propertiesNode is null
                ? EquatableArray<PropertySpec>.Empty
                : ParseProperties(propertiesNode, context, new MemberNaming(typeName, ModelMembers, new NameScope()));
            models.Add(new ModelSpec(typeName, OptionalString(fields, "description") ?? string.Empty, properties));
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

            var valuesNode = Require(fields, "values", entry.Key, context);
            if (valuesNode is null)
            {
                continue;
            }

            CheckNotAGeneratedMember(_typeNames[name], EnumMembers, entry.Key, name);
            var values = ParseEnumValues(valuesNode, _typeNames[name], context + ".values");
            if (values is null)
            {
                continue;
            }

            result.Add(new EnumSpec(_typeNames[name], OptionalString(fields, "description") ?? string.Empty, values.Value));
        }

        return result.ToEquatableArray();
    }

    /// <summary>
    /// The values of a string enum with their C# members. A plain YAML number, boolean or null is refused: its wire
    /// form is not a string, and an enum would read <c>1</c> and write back <c>"1"</c>. Two values that become one
    /// member, ignoring case (<c>open</c> and <c>Open</c>), cannot both exist.
    /// </summary>
    private EquatableArray<EnumValueSpec>? ParseEnumValues(YamlNode node, string typeName, string context)
    {
        if (node is not YamlSequence sequence)
        {
            Report(DiagnosticDescriptors.UnexpectedNode, node, context, "sequence of scalars");
            return null;
        }

        var values = new List<EnumValueSpec>();
        var members = new NameScope();
        foreach (var item in sequence.Items)
        {
            if (item is not YamlScalar { Value.Length: > 0 } scalar)
            {
                Report(DiagnosticDescriptors.UnexpectedNode, item, context, "non-empty scalar");
                continue;
            }

            if (scalar.IsPlain && YamlNonString.IsMatch(scalar.Value))
            {
                Report(DiagnosticDescriptors.InvalidValue, scalar, context, $"'{scalar.Value}' is a YAML number, boolean or null, but enum values are strings on the wire: quote it if the service sends it as text, or use int32 or boolean for the property");
                continue;
            }

            var member = Identifiers.MemberName(scalar.Value, typeName, EnumMembers);
            if (!members.TryClaim(member, scalar.Value, out var first))
            {
                Report(DiagnosticDescriptors.DuplicateName, scalar, $"{context} value '{scalar.Value}' (its member {member} is the one of '{first}')");
                continue;
            }

            values.Add(new EnumValueSpec(scalar.Value, member));
        }

        if (sequence.Items.Count == 0)
        {
            Report(DiagnosticDescriptors.InvalidValue, node, context, "an enum needs at least one value");
            return null;
        }

        return values.ToEquatableArray();
    }

    /// <summary>A type may not take the name of a member its own generated code declares (CS0542).</summary>
    private void CheckNotAGeneratedMember(string typeName, string[] generatedMembers, YamlNode node, string name)
    {
        if (Array.IndexOf(generatedMembers, typeName) >= 0)
        {
            Report(DiagnosticDescriptors.DuplicateName, node, $"{name} (the generator names a member of this type {typeName})");
        }
    }

    /// <summary>How the properties of one C# type are named: the type, the members its generated code declares, and the names taken so far.</summary>
    private sealed class MemberNaming
    {
        public MemberNaming(string enclosingType, IEnumerable<string> generatedMembers, NameScope taken)
        {
            EnclosingType = enclosingType;
            GeneratedMembers = generatedMembers;
            Taken = taken;
        }

        public string EnclosingType { get; }

        public IEnumerable<string> GeneratedMembers { get; }

        /// <summary>Shared by the path, query and body members of one request.</summary>
        public NameScope Taken { get; }
    }

    private EquatableArray<PropertySpec> ParseProperties(YamlNode node, string context, MemberNaming naming, bool scalarsOnly = false)
    {
        var entries = ReadMapping(node, context + ".properties");
        if (entries is null)
        {
            return EquatableArray<PropertySpec>.Empty;
        }

        var properties = new List<PropertySpec>();
        foreach (var entry in entries.Ordered)
        {
            var property = ParseProperty(entry.Key, entry.Value, context, naming, scalarsOnly);
            if (property is null)
            {
                continue;
            }

            if (!naming.Taken.TryClaim(property.MemberName, property.JsonName, out var first))
            {
                var detail = first == property.JsonName ? string.Empty : $" (its member {property.MemberName} is the one of '{first}')";
                Report(DiagnosticDescriptors.DuplicateName, entry.Key, $"{context}.{property.JsonName}{detail}");
                continue;
            }

            properties.Add(property);
        }

        return properties.ToEquatableArray();
    }

    private PropertySpec? ParseProperty(YamlScalar key, YamlNode node, string owner, MemberNaming naming, bool scalarsOnly)
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
        if (scalarsOnly && type is { Kind: TypeKind.Model or TypeKind.List })
        {
            Report(DiagnosticDescriptors.InvalidValue, typeNode!, context + ".type", "a query parameter is a string, number, boolean, timestamp or enum (lists and types in a query are not supported yet)");
            type = null;
        }

        var minimum = OptionalInteger(fields, "minimum", context);
        var maximum = OptionalInteger(fields, "maximum", context);
        if ((minimum is not null || maximum is not null) && type is not null
            && type.Kind is not (TypeKind.Int32 or TypeKind.Int64 or TypeKind.Double))
        {
            Report(DiagnosticDescriptors.InvalidValue, fields[minimum is not null ? "minimum" : "maximum"].Value, context, "minimum and maximum apply to numbers only");
        }

        var aliases = OptionalStringList(fields, "aliases", context + ".aliases");
        foreach (var alias in aliases)
        {
            if (!CSharpLiteral.IsWellFormed(alias))
            {
                Report(DiagnosticDescriptors.InvalidValue, fields["aliases"].Value, context + ".aliases", "an alias must be well-formed text");
            }
        }

        if (type is null)
        {
            return null;
        }

        var parameter = Identifiers.ToCamelCase(name);
        return new PropertySpec(
            name,
            Identifiers.MemberName(name, naming.EnclosingType, naming.GeneratedMembers),
            parameter == "cancellationToken" ? parameter + "Value" : parameter,
            type,
            OptionalBool(fields, "required", context) ?? false,
            OptionalString(fields, "description") ?? string.Empty,
            aliases,
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
            return new TypeRef(TypeKind.Model, _typeNames[name]);
        }

        if (_enumNames.ContainsKey(name))
        {
            return new TypeRef(TypeKind.Enum, _typeNames[name]);
        }

        // A lower-case word is meant as a primitive we do not offer (float, object, map...); anything else is a
        // reference to a type that is not there.
        var looksPrimitive = name.Length > 0 && char.IsLower(name[0]);
        Report(looksPrimitive || !Identifiers.IsValidIdentifier(name) ? DiagnosticDescriptors.UnsupportedType : DiagnosticDescriptors.UnknownTypeReference, node, fullText);
        return null;
    }
}
