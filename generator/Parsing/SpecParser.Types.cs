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

    /// <summary>Members an integer enum's generated code declares besides its values.</summary>
    private static readonly string[] IntegerEnumMembers = { "IsKnown", "Value" };

    private static readonly System.Text.RegularExpressions.Regex YamlNonString = new(
        @"^(~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN))$",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// The symbol pass: every name under <c>types</c> and <c>enums</c> with its C# type name (two that become one C#
    /// name, ignoring case, are an error at the second), then every object a property of a type describes in place,
    /// named after its parent. Later passes only read the result.
    /// </summary>
    private TypeSymbols CollectTypeSymbols(MappingEntries root)
    {
        var scope = new NameScope();
        var declared = new List<TypeSymbol>();
        CollectDeclared(root, "types", isEnum: false, scope, declared);
        CollectDeclared(root, "enums", isEnum: true, scope, declared);
        var inline = new List<InlineTypeSymbol>();
        foreach (var symbol in declared)
        {
            if (!symbol.IsEnum)
            {
                CollectInline(symbol.TypeName, $"type '{symbol.SpecName}'", ValueOf(symbol.Node, "properties"), scope, inline);
            }
        }

        return new TypeSymbols(declared, inline);
    }

    private void CollectDeclared(MappingEntries root, string section, bool isEnum, NameScope scope, List<TypeSymbol> symbols)
    {
        if (!root.TryGetValue(section, out var entry))
        {
            return;
        }

        var entries = ReadMapping(entry.Value, section) ?? new MappingEntries();
        foreach (var item in entries.Ordered)
        {
            var name = item.Key.Value;
            if (!Identifiers.IsValidIdentifier(name))
            {
                Report(DiagnosticDescriptors.InvalidValue, item.Key, section, $"'{name}' is not a valid C# identifier");
                continue;
            }

            if (RequireTypeName(name, item.Key, section) is not { } typeName)
            {
                continue;
            }

            if (!scope.TryClaim(typeName, name, out var first))
            {
                Report(DiagnosticDescriptors.DuplicateName, item.Key, first == name ? name : $"{name} (as the C# type {typeName}, like '{first}')");
                continue;
            }

            var values = isEnum ? EnumValueKind(ValueOf(item.Value, "type")) : TypeKind.String;
            symbols.Add(new TypeSymbol(name, typeName, item.Key, item.Value, isEnum, values));
        }
    }

    /// <summary>
    /// Names the objects the properties of <paramref name="parentType"/> describe in place, depth first. The name is
    /// the property's <c>typeName</c>, or the parent's name and the property's (<c>Cluster</c> + <c>endpoint</c> →
    /// <c>ClusterEndpoint</c>); one another type already has is an error at the property (BCE035). Nothing else is
    /// checked here: the model pass reads these nodes again, with every diagnostic.
    /// </summary>
    private void CollectInline(string parentType, string owner, YamlNode? properties, NameScope scope, List<InlineTypeSymbol> inline)
    {
        if (properties is not YamlMapping mapping)
        {
            return;
        }

        foreach (var entry in mapping.Entries)
        {
            var nested = ValueOf(entry.Value, "properties");
            if (nested is null || !Identifiers.IsValidJsonMemberName(entry.Key.Value))
            {
                continue;
            }

            var context = $"{owner}.{entry.Key.Value}";
            var explicitName = ValueOf(entry.Value, "typeName") as YamlScalar;
            var typeName = explicitName is { Value.Length: > 0 }
                ? (Identifiers.IsValidIdentifier(explicitName.Value) ? Identifiers.TypeName(explicitName.Value) : null)
                : Identifiers.TypeName(parentType + Identifiers.ToPascalCase(entry.Key.Value));
            if (typeName is null)
            {
                Report(DiagnosticDescriptors.InvalidValue, explicitName ?? (YamlNode)entry.Key, context + ".typeName", $"'{explicitName?.Value}' is not a valid C# identifier");
                continue;
            }

            if (!scope.TryClaim(typeName, context, out var first))
            {
                Report(DiagnosticDescriptors.InlineTypeNameTaken, explicitName ?? (YamlNode)entry.Key, context, typeName, first);
                continue;
            }

            var description = ValueOf(entry.Value, "description") is YamlScalar text ? text.Value : string.Empty;
            inline.Add(new InlineTypeSymbol(typeName, parentType, context, entry.Key, nested, description));
            CollectInline(typeName, context, nested, scope, inline);
        }
    }

    /// <summary>The value of <paramref name="key"/> in a mapping node, without diagnostics (the later passes report).</summary>
    private static YamlNode? ValueOf(YamlNode? node, string key)
    {
        if (node is not YamlMapping mapping)
        {
            return null;
        }

        foreach (var entry in mapping.Entries)
        {
            if (entry.Key.Value == key)
            {
                return entry.Value;
            }
        }

        return null;
    }

    /// <summary>An enum's <c>type</c>: absent or <c>string</c>, <c>int32</c>, <c>int64</c> (anything else is reported by the enum pass).</summary>
    private static TypeKind EnumValueKind(YamlNode? type) => (type as YamlScalar)?.Value switch
    {
        "int32" => TypeKind.Int32,
        "int64" => TypeKind.Int64,
        _ => TypeKind.String,
    };

    private EquatableArray<ModelSpec> ParseModels()
    {
        var models = new List<ModelSpec>();
        foreach (var symbol in _symbols.Declared)
        {
            if (symbol.IsEnum)
            {
                continue;
            }

            var name = symbol.SpecName;
            var context = $"type '{name}'";
            var fields = ReadMapping(symbol.Node, context, "description", "properties");
            if (fields is null)
            {
                continue;
            }

            CheckNotAGeneratedMember(symbol.TypeName, ModelMembers, symbol.Key, name);
            var propertiesNode = Require(fields, "properties", symbol.Key, context);
            var properties = propertiesNode is null
                ? EquatableArray<PropertySpec>.Empty
                : ParseProperties(propertiesNode, context, new MemberNaming(symbol.TypeName, ModelMembers, new NameScope()));
            models.Add(new ModelSpec(symbol.TypeName, OptionalString(fields, "description") ?? string.Empty, properties));
        }

        foreach (var inline in _symbols.Inline)
        {
            CheckNotAGeneratedMember(inline.TypeName, ModelMembers, inline.Key, inline.Context);
            var properties = ParseProperties(inline.PropertiesNode, inline.Context, new MemberNaming(inline.TypeName, ModelMembers, new NameScope()));
            models.Add(new ModelSpec(inline.TypeName, inline.Description, properties));
        }

        return models.ToEquatableArray();
    }

    private EquatableArray<EnumSpec> ParseEnums()
    {
        var result = new List<EnumSpec>();
        foreach (var symbol in _symbols.Declared)
        {
            if (!symbol.IsEnum)
            {
                continue;
            }

            var name = symbol.SpecName;
            var context = $"enum '{name}'";
            var fields = ReadMapping(symbol.Node, context, "description", "values", "type");
            if (fields is null)
            {
                continue;
            }

            if (fields.TryGetValue("type", out var typeEntry)
                && (typeEntry.Value is not YamlScalar typeScalar || typeScalar.Value is not ("string" or "int32" or "int64")))
            {
                Report(DiagnosticDescriptors.InvalidIntegerEnum, typeEntry.Value, context + ".type", "an enum's values are string (the default), int32 or int64");
                continue;
            }

            var valuesNode = Require(fields, "values", symbol.Key, context);
            if (valuesNode is null)
            {
                continue;
            }

            CheckNotAGeneratedMember(symbol.TypeName, symbol.EnumValues == TypeKind.String ? EnumMembers : IntegerEnumMembers, symbol.Key, name);
            var values = symbol.EnumValues == TypeKind.String
                ? ParseEnumValues(valuesNode, symbol.TypeName, context + ".values")
                : ParseIntegerEnumValues(valuesNode, symbol.TypeName, symbol.EnumValues, context + ".values");
            if (values is null)
            {
                continue;
            }

            result.Add(new EnumSpec(symbol.TypeName, OptionalString(fields, "description") ?? string.Empty, values.Value) { ValueKind = symbol.EnumValues });
        }

        return result.ToEquatableArray();
    }

    /// <summary>
    /// The values of an integer enum (<c>type: int32</c>, <c>values: [4, 6]</c>): whole numbers in the type's range,
    /// each once; value <c>4</c> is the member <c>Value4</c>, <c>-1</c> is <c>ValueMinus1</c>.
    /// </summary>
    private EquatableArray<EnumValueSpec>? ParseIntegerEnumValues(YamlNode node, string typeName, TypeKind kind, string context)
    {
        if (node is not YamlSequence sequence || sequence.Items.Count == 0)
        {
            Report(DiagnosticDescriptors.UnexpectedNode, node, context, "non-empty sequence of whole numbers");
            return null;
        }

        var values = new List<EnumValueSpec>();
        var members = new NameScope();
        foreach (var item in sequence.Items)
        {
            if (item is not YamlScalar scalar
                || !long.TryParse(scalar.Value, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var number)
                || (kind == TypeKind.Int32 && number is < int.MinValue or > int.MaxValue))
            {
                Report(DiagnosticDescriptors.InvalidIntegerEnum, item, context, $"'{(item as YamlScalar)?.Value}' is not a whole number that fits {(kind == TypeKind.Int32 ? "int32" : "int64")}");
                continue;
            }

            var text = number.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var member = Identifiers.MemberName(number < 0 ? "ValueMinus" + text.Substring(1) : "Value" + text, typeName, IntegerEnumMembers);
            if (!members.TryClaim(member, scalar.Value, out var first))
            {
                Report(DiagnosticDescriptors.DuplicateName, scalar, $"{context} value '{scalar.Value}' (the same number as '{first}')");
                continue;
            }

            values.Add(new EnumValueSpec(text, member));
        }

        return values.ToEquatableArray();
    }

    /// <summary>
    /// The values of a string enum with their C# members. A plain YAML number, boolean or null is refused: its wire
    /// form is not a string, and a string enum would read <c>1</c> and write back <c>"1"</c> (an integer enum,
    /// <c>type: int32</c>, is the shape for numbers). Two values that become one
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
                Report(DiagnosticDescriptors.InvalidValue, scalar, context, $"'{scalar.Value}' is a YAML number, boolean or null, but this enum's values are strings on the wire: quote it if the service sends it as text, or give the enum 'type: int32' if it sends a number");
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

    private EquatableArray<PropertySpec> ParseProperties(YamlNode node, string context, MemberNaming naming)
    {
        var entries = ReadMapping(node, context + ".properties");
        if (entries is null)
        {
            return EquatableArray<PropertySpec>.Empty;
        }

        var properties = new List<PropertySpec>();
        foreach (var entry in entries.Ordered)
        {
            var property = ParseProperty(entry.Key, entry.Value, context, naming);
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

    private PropertySpec? ParseProperty(YamlScalar key, YamlNode node, string owner, MemberNaming naming)
    {
        var name = key.Value;
        var context = $"{owner}.{name}";
        if (!Identifiers.IsValidJsonMemberName(name))
        {
            Report(DiagnosticDescriptors.InvalidValue, key, context, $"'{name}' cannot be turned into a C# member name");
            return null;
        }

        var fields = ReadMapping(node, context, PropertyKeys);
        if (fields is null)
        {
            return null;
        }

        var type = ParsePropertyType(fields, key, context, naming.EnclosingType);
        var minimum = OptionalInteger(fields, "minimum", context);
        var maximum = OptionalInteger(fields, "maximum", context);
        if ((minimum is not null || maximum is not null) && type is not null && !type.IsNumber)
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

        var numberAsString = ParseWireFormat(fields, type, context);
        var lengths = ParseStringConstraints(fields, type, context);
        if (type is null)
        {
            return null;
        }

        var parameter = Identifiers.ToCamelCase(name);
        var property = new PropertySpec(
            name,
            Identifiers.MemberName(name, naming.EnclosingType, naming.GeneratedMembers),
            parameter == "cancellationToken" ? parameter + "Value" : parameter,
            type,
            OptionalBool(fields, "required", context) ?? false,
            OptionalString(fields, "description") ?? string.Empty,
            aliases,
            minimum,
            maximum)
        {
            MinLength = lengths.MinLength,
            MaxLength = lengths.MaxLength,
            Pattern = lengths.Pattern,
            NumberAsString = numberAsString,
        };
        return ParseDefault(fields, property, context);
    }

    private static readonly string[] PropertyKeys =
    {
        "type", "required", "description", "aliases", "minimum", "maximum", "minLength", "maxLength", "pattern",
        "default", "wireFormat", "properties", "typeName",
    };

    /// <summary>
    /// A property's type: its <c>type</c>, or, when it has <c>properties</c>, the object it describes in place (the
    /// symbol pass named it), alone or as <c>object[]</c> or <c>map&lt;string, object&gt;</c>.
    /// </summary>
    private TypeRef? ParsePropertyType(MappingEntries fields, YamlScalar key, string context, string enclosingType)
    {
        if (!fields.TryGetValue("properties", out var properties))
        {
            if (fields.TryGetValue("typeName", out var stray))
            {
                Report(DiagnosticDescriptors.InvalidValue, stray.Key, context + ".typeName", "typeName names an object described in place: it needs 'properties'");
            }

            var typeNode = Require(fields, "type", key, context);
            return typeNode is null ? null : ParseTypeRef(typeNode, inlineObject: null);
        }

        if (_symbols.InlineFor(enclosingType, key) is not { } inline)
        {
            // A collision (already reported), or a place the symbol pass does not visit: an operation's members.
            if (!context.StartsWith("type '", StringComparison.Ordinal))
            {
                Report(DiagnosticDescriptors.InvalidValue, properties.Key, context, "an object described in place is supported under 'types' only: define it there and refer to it by name");
            }

            return null;
        }

        var objectType = new TypeRef(TypeKind.Model, inline.TypeName);
        if (!fields.TryGetValue("type", out var typeEntry))
        {
            return objectType;
        }

        var type = ParseTypeRef(typeEntry.Value, objectType);
        if (type is not null && type.Innermost.Name != inline.TypeName)
        {
            Report(DiagnosticDescriptors.InvalidValue, typeEntry.Value, context + ".type", "with 'properties' the type is 'object', 'object[]' or 'map<string, object>' (object names the type described here)");
            return null;
        }

        return type;
    }

    /// <summary><c>wireFormat: string</c>: an int32 or int64 sent as a JSON string; anything else is BCE033.</summary>
    private bool ParseWireFormat(MappingEntries fields, TypeRef? type, string context)
    {
        if (!fields.TryGetValue("wireFormat", out var entry))
        {
            return false;
        }

        if (entry.Value is not YamlScalar { Value: "string" })
        {
            Report(DiagnosticDescriptors.InvalidWireFormat, entry.Value, context + ".wireFormat", "the only wire format is 'string' (a number sent as JSON text)");
            return false;
        }

        if (type is not null && type.Kind is not (TypeKind.Int32 or TypeKind.Int64))
        {
            Report(DiagnosticDescriptors.InvalidWireFormat, entry.Value, context + ".wireFormat", "wireFormat: string applies to int32 and int64 properties only");
            return false;
        }

        return true;
    }

    /// <summary><c>minLength</c>, <c>maxLength</c> and <c>pattern</c>: strings only, lengths in order, a pattern .NET compiles.</summary>
    private (int? MinLength, int? MaxLength, string? Pattern) ParseStringConstraints(MappingEntries fields, TypeRef? type, string context)
    {
        var minLength = OptionalLength(fields, "minLength", context);
        var maxLength = OptionalLength(fields, "maxLength", context);
        var pattern = OptionalString(fields, "pattern");
        var isString = type is null || type.Kind == TypeKind.String;
        foreach (var key in new[] { "minLength", "maxLength", "pattern" })
        {
            if (!isString && fields.TryGetValue(key, out var entry))
            {
                Report(DiagnosticDescriptors.ConstraintDoesNotFit, entry.Key, context, key, "it applies to string properties only");
                return (null, null, null);
            }
        }

        if (minLength is not null && maxLength is not null && minLength > maxLength)
        {
            Report(DiagnosticDescriptors.ConstraintDoesNotFit, fields["minLength"].Key, context, "minLength", $"it is greater than maxLength ({maxLength})");
            return (null, null, null);
        }

        if (pattern is not null && !IsValidPattern(pattern, out var error))
        {
            Report(DiagnosticDescriptors.InvalidPattern, fields["pattern"].Value, context, error);
            pattern = null;
        }

        return (minLength, maxLength, pattern);
    }

    private int? OptionalLength(MappingEntries fields, string key, string context)
    {
        var value = OptionalInteger(fields, key, context);
        if (value is null or (>= 0 and <= int.MaxValue))
        {
            return (int?)value;
        }

        Report(DiagnosticDescriptors.ConstraintDoesNotFit, fields[key].Value, context, key, "a length is a whole number from 0 up");
        return null;
    }

    /// <summary>The pattern compiles as a .NET regular expression (what the generated check runs); never throws.</summary>
    private static bool IsValidPattern(string pattern, out string error)
    {
        if (!CSharpLiteral.IsWellFormed(pattern))
        {
            error = "a pattern must be well-formed text";
            return false;
        }

        try
        {
            _ = new System.Text.RegularExpressions.Regex(pattern, System.Text.RegularExpressions.RegexOptions.CultureInvariant);
            error = string.Empty;
            return true;
        }
        catch (ArgumentException ex)
        {
            error = ex.Message;
            return false;
        }
    }

    /// <summary>Whether a default matches the property's pattern; a pattern too slow to decide within a second does not.</summary>
    private static bool MatchesPattern(string text, string pattern)
    {
        try
        {
            return System.Text.RegularExpressions.Regex.IsMatch(
                text, pattern, System.Text.RegularExpressions.RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }
        catch (System.Text.RegularExpressions.RegexMatchTimeoutException)
        {
            return false;
        }
    }

    /// <summary>
    /// <c>default</c>: the value the service applies when the property is not sent. It is documented on the member and
    /// checked against the type and constraints here, but never sent: unset stays unset (the service's default is the
    /// one that counts, and an answer never shows a value the service did not send).
    /// </summary>
    private PropertySpec? ParseDefault(MappingEntries fields, PropertySpec property, string context)
    {
        if (!fields.TryGetValue("default", out var entry))
        {
            return property;
        }

        if (entry.Value is not YamlScalar scalar)
        {
            Report(DiagnosticDescriptors.InvalidDefault, entry.Value, context, "a default is a scalar");
            return null;
        }

        if (DefaultProblem(scalar.Value, property) is { } problem)
        {
            Report(DiagnosticDescriptors.InvalidDefault, scalar, context, problem);
            return null;
        }

        var description = property.Description.Length == 0 ? string.Empty : property.Description.TrimEnd() + " ";
        // Documented, never sent (unset stays unset, so the service's own default applies).
        return property with { Description = description + $"When not sent, the service uses {scalar.Value}." };
    }

    /// <summary>Why a default does not fit the property (its type, range, length or pattern); null when it fits.</summary>
    private static string? DefaultProblem(string text, PropertySpec property)
    {
        var invariant = System.Globalization.CultureInfo.InvariantCulture;
        var type = property.Type;
        if (!CSharpLiteral.IsWellFormed(text))
        {
            return "a default must be well-formed text";
        }

        switch (type.Kind)
        {
            case TypeKind.String:
                if ((property.MinLength is { } min && text.Length < min) || (property.MaxLength is { } max && text.Length > max))
                {
                    return $"'{text}' does not have the length minLength/maxLength allow";
                }

                return property.Pattern is { } pattern && !MatchesPattern(text, pattern)
                    ? $"'{text}' does not match the pattern"
                    : null;
            case TypeKind.Int32 or TypeKind.Int64:
                if (!long.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign, invariant, out var whole)
                    || (type.Kind == TypeKind.Int32 && whole is < int.MinValue or > int.MaxValue))
                {
                    return $"'{text}' is not a whole number of the property's type";
                }

                return (property.Minimum is { } low && whole < low) || (property.Maximum is { } high && whole > high)
                    ? $"'{text}' is outside minimum/maximum"
                    : null;
            case TypeKind.Float or TypeKind.Double:
                if (!double.TryParse(text, System.Globalization.NumberStyles.Float, invariant, out var real) || double.IsInfinity(real) || double.IsNaN(real))
                {
                    return $"'{text}' is not a number";
                }

                return (property.Minimum is { } lowReal && real < lowReal) || (property.Maximum is { } highReal && real > highReal)
                    ? $"'{text}' is outside minimum/maximum"
                    : null;
            case TypeKind.Boolean:
                return text is "true" or "false" ? null : $"'{text}' is not true or false";
            case TypeKind.Enum:
                return type.IsIntegerEnum && !long.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign, invariant, out _)
                    ? $"'{text}' is not a whole number (the enum's values are numbers)"
                    : null;
            case TypeKind.Timestamp:
                return null;
            default:
                return "defaults are for strings, numbers, booleans, timestamps and enums";
        }
    }

    /// <summary>
    /// Lower-case names are built-in primitives; anything else names a type or enum of this spec. <c>Name[]</c> is a
    /// list of one of those and <c>map&lt;string, V&gt;</c> a JSON object of them (V may be a list); with
    /// <paramref name="inlineObject"/> given, <c>object</c> names the object the property describes in place.
    /// </summary>
    private TypeRef? ParseTypeRef(YamlNode node, TypeRef? inlineObject)
    {
        if (node is not YamlScalar scalar || scalar.Value.Length == 0)
        {
            Report(DiagnosticDescriptors.UnsupportedType, node, node is YamlScalar ? "(empty)" : "(inline object)");
            return null;
        }

        var text = scalar.Value.Trim();
        if (text.StartsWith("map", StringComparison.Ordinal) && text.IndexOf('<') >= 0 && !text.EndsWith("[]", StringComparison.Ordinal))
        {
            return ParseMapType(text, scalar, inlineObject);
        }

        return ParseListOrNamed(text, scalar, text, inlineObject);
    }

    /// <summary><c>map&lt;string, V&gt;</c>: keys are strings (a JSON object's are), V is anything but another map.</summary>
    private TypeRef? ParseMapType(string text, YamlScalar node, TypeRef? inlineObject)
    {
        var open = text.IndexOf('<');
        var comma = text.IndexOf(',');
        if (text.Substring(0, open).Trim() != "map" || !text.EndsWith(">", StringComparison.Ordinal) || comma < open)
        {
            Report(DiagnosticDescriptors.InvalidMapType, node, text, "write a map as map<string, ValueType>");
            return null;
        }

        var keyType = text.Substring(open + 1, comma - open - 1).Trim();
        var valueType = text.Substring(comma + 1, text.Length - comma - 2).Trim();
        if (keyType != "string")
        {
            Report(DiagnosticDescriptors.InvalidMapType, node, text, "a map's keys are JSON object keys, so the key type is string");
            return null;
        }

        if (valueType.StartsWith("map", StringComparison.Ordinal) && valueType.IndexOf('<') >= 0)
        {
            Report(DiagnosticDescriptors.InvalidMapType, node, text, "a map of maps is not supported: name the inner object under types");
            return null;
        }

        var value = ParseListOrNamed(valueType, node, text, inlineObject);
        return value is null ? null : TypeRef.MapOf(value);
    }

    private TypeRef? ParseListOrNamed(string text, YamlScalar node, string fullText, TypeRef? inlineObject)
    {
        if (text.EndsWith("[]", StringComparison.Ordinal))
        {
            var elementText = text.Substring(0, text.Length - 2).Trim();
            if (elementText.StartsWith("map", StringComparison.Ordinal) && elementText.IndexOf('<') >= 0)
            {
                Report(DiagnosticDescriptors.InvalidMapType, node, fullText, "a list of maps is not supported: name the object under types");
                return null;
            }

            var element = ResolveTypeName(elementText, node, fullText, inlineObject);
            if (element is null)
            {
                return null;
            }

            if (element.Kind == TypeKind.List)
            {
                Report(DiagnosticDescriptors.UnsupportedType, node, fullText);
                return null;
            }

            return TypeRef.ListOf(element);
        }

        return ResolveTypeName(text, node, fullText, inlineObject);
    }

    private TypeRef? ResolveTypeName(string name, YamlScalar node, string fullText, TypeRef? inlineObject)
    {
        switch (name)
        {
            case "string": return TypeRef.Primitive(TypeKind.String);
            case "int32": return TypeRef.Primitive(TypeKind.Int32);
            case "int64": return TypeRef.Primitive(TypeKind.Int64);
            case "float": return TypeRef.Primitive(TypeKind.Float);
            case "double": return TypeRef.Primitive(TypeKind.Double);
            case "boolean": return TypeRef.Primitive(TypeKind.Boolean);
            case "timestamp": return TypeRef.Primitive(TypeKind.Timestamp);
            case "object" when inlineObject is not null: return inlineObject;
        }

        if (name.EndsWith("[]", StringComparison.Ordinal))
        {
            Report(DiagnosticDescriptors.UnsupportedType, node, fullText);
            return null;
        }

        if (_symbols.Find(name) is { } symbol)
        {
            return symbol.IsEnum
                ? new TypeRef(TypeKind.Enum, symbol.TypeName, EnumValues: symbol.EnumValues)
                : new TypeRef(TypeKind.Model, symbol.TypeName);
        }

        // A lower-case word is meant as a primitive we do not offer (object without properties, uint...); anything
        // else is a reference to a type that is not there.
        var looksPrimitive = name.Length > 0 && char.IsLower(name[0]);
        Report(looksPrimitive || !Identifiers.IsValidIdentifier(name) ? DiagnosticDescriptors.UnsupportedType : DiagnosticDescriptors.UnknownTypeReference, node, fullText);
        return null;
    }
}
