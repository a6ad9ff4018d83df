using Bce.Generator.Infrastructure;
using Bce.Generator.Model;

namespace Bce.Generator.Emitting;

/// <summary>
/// The statements that move one property between C# and JSON with Utf8JsonWriter/Utf8JsonReader: no reflection, so
/// generated code stays trim- and NativeAOT-safe. Shared by models (read and write) and request bodies (write).
/// </summary>
internal static class JsonCode
{
    /// <summary>A C# UTF-8 string literal of a JSON name.</summary>
    public static string Utf8Literal(string text) => CSharpLiteral.Utf8(text);

    /// <summary>A C# string literal (see <see cref="CSharpLiteral"/>, the one escaping policy).</summary>
    public static string Literal(string text) => CSharpLiteral.String(text);

    /// <summary>Writes one property; null values are left out rather than written as JSON null.</summary>
    public static void WriteProperty(SourceWriter writer, PropertySpec property, string access, bool canBeNull)
    {
        var name = Utf8Literal(property.JsonName);
        if (canBeNull)
        {
            writer.WriteLine($"if ({access} is not null)");
            using (writer.OpenBlock())
            {
                WritePropertyValue(writer, property, name, property.Type.IsValueType ? access + ".Value" : access);
            }

            return;
        }

        WritePropertyValue(writer, property, name, access);
    }

    /// <summary>Writes a list as a bare JSON array (a request whose whole body is one list).</summary>
    public static void WriteArray(SourceWriter writer, TypeRef list, string access)
    {
        WriteElement(writer, list, access, depth: 0);
    }

    private static void WritePropertyValue(SourceWriter writer, PropertySpec property, string name, string value)
    {
        var type = property.Type;
        if (property.NumberAsString)
        {
            // wireFormat: string, as Go's string-typed fields send it ("121"); the reader takes a string or a number.
            writer.WriteLine($"writer.WriteString({name}, {value}.ToString({RuntimeTypes.InvariantCulture}));");
            return;
        }

        switch (type.Kind)
        {
            case TypeKind.List:
                writer.WriteLine($"writer.WriteStartArray({name});");
                WriteItems(writer, type, value, depth: 0);
                writer.WriteLine("writer.WriteEndArray();");
                break;
            case TypeKind.Map:
                writer.WriteLine($"writer.WriteStartObject({name});");
                WriteItems(writer, type, value, depth: 0);
                writer.WriteLine("writer.WriteEndObject();");
                break;
            case TypeKind.Model:
                writer.WriteLine($"writer.WritePropertyName({name});");
                writer.WriteLine($"{value}.WriteTo(writer);");
                break;
            default:
                writer.WriteLine(WriteScalar(type, name + ", ", value));
                break;
        }
    }

    /// <summary>The loop writing a list's elements or a map's entries (a map's key as the property name), in their order.</summary>
    private static void WriteItems(SourceWriter writer, TypeRef container, string value, int depth)
    {
        var item = depth == 0 ? "item" : "item" + depth.ToString(System.Globalization.CultureInfo.InvariantCulture);
        writer.WriteLine($"foreach (var {item} in {value})");
        using (writer.OpenBlock())
        {
            if (container.Kind == TypeKind.Map)
            {
                writer.WriteLine($"writer.WritePropertyName({item}.Key);");
                WriteElement(writer, container.Element, item + ".Value", depth + 1);
            }
            else
            {
                WriteElement(writer, container.Element, item, depth + 1);
            }
        }
    }

    private static void WriteElement(SourceWriter writer, TypeRef element, string value, int depth)
    {
        switch (element.Kind)
        {
            case TypeKind.Model:
                writer.WriteLine($"{value}.WriteTo(writer);");
                break;
            case TypeKind.List:
                writer.WriteLine("writer.WriteStartArray();");
                WriteItems(writer, element, value, depth);
                writer.WriteLine("writer.WriteEndArray();");
                break;
            case TypeKind.Map:
                writer.WriteLine("writer.WriteStartObject();");
                WriteItems(writer, element, value, depth);
                writer.WriteLine("writer.WriteEndObject();");
                break;
            default:
                writer.WriteLine(WriteScalar(element, string.Empty, value, "Value"));
                break;
        }
    }

    private static string WriteScalar(TypeRef type, string namePrefix, string value, string suffix = "") => type.Kind switch
    {
        TypeKind.Int32 or TypeKind.Int64 or TypeKind.Float or TypeKind.Double => $"writer.WriteNumber{suffix}({namePrefix}{value});",
        TypeKind.Boolean => $"writer.WriteBoolean{suffix}({namePrefix}{value});",
        TypeKind.Timestamp => $"writer.WriteString{suffix}({namePrefix}{value}.Raw);",
        TypeKind.Enum when type.IsIntegerEnum => $"writer.WriteNumber{suffix}({namePrefix}({IntegerType(type)}){value});",
        TypeKind.Enum => $"writer.WriteString{suffix}({namePrefix}{value}.ToString());",
        _ => $"writer.WriteString{suffix}({namePrefix}{value});",
    };

    /// <summary>The C# number type an integer enum converts to and from.</summary>
    public static string IntegerType(TypeRef enumType) => enumType.EnumValues == TypeKind.Int64 ? "long" : "int";

    /// <summary>An expression reading the value the reader stands on (JSON null reads as C# null).</summary>
    public static string ReadValue(EmitContext context, TypeRef type, string reader) => ReadValue(context, type, reader, depth: 0);

    private static string ReadValue(EmitContext context, TypeRef type, string reader, int depth) => type.Kind switch
    {
        TypeKind.String => $"{RuntimeTypes.JsonReader}.ReadString(ref {reader})",
        TypeKind.Int32 => $"{RuntimeTypes.JsonReader}.ReadInt32(ref {reader})",
        TypeKind.Int64 => $"{RuntimeTypes.JsonReader}.ReadInt64(ref {reader})",
        TypeKind.Float => $"{RuntimeTypes.JsonReader}.ReadSingle(ref {reader})",
        TypeKind.Double => $"{RuntimeTypes.JsonReader}.ReadDouble(ref {reader})",
        TypeKind.Boolean => $"{RuntimeTypes.JsonReader}.ReadBoolean(ref {reader})",
        TypeKind.Timestamp => $"{RuntimeTypes.JsonReader}.ReadTimestamp(ref {reader})",
        TypeKind.Enum when type.IsIntegerEnum => $"{ReadInteger(type, reader)} is {{ }} number ? new {context.Qualified(type.Name)}(number) : default({context.Qualified(type.Name)}?)",
        TypeKind.Enum => $"{RuntimeTypes.JsonReader}.ReadString(ref {reader}) is {{ }} text ? new {context.Qualified(type.Name)}(text) : default({context.Qualified(type.Name)}?)",
        TypeKind.Model => $"{reader}.TokenType == {RuntimeTypes.JsonTokenType}.Null ? null : {context.Qualified(type.Name)}.ReadFrom(ref {reader})",
        TypeKind.Map => ReadContainer(context, "ReadMap", type, reader, depth),
        _ => ReadContainer(context, "ReadList", type, reader, depth),
    };

    private static string ReadContainer(EmitContext context, string method, TypeRef type, string reader, int depth)
    {
        // Nested lambdas need their own parameter names (a map of lists reads each list with an inner lambda).
        var element = depth == 0 ? "element" : "element" + depth.ToString(System.Globalization.CultureInfo.InvariantCulture);
        // A list or map element is read as List/Dictionary but held as IList/IDictionary: name the type argument.
        var typeArgument = type.Element.IsContainer ? $"<{context.TypeName(type.Element, nullable: false)}>" : string.Empty;
        return $"{RuntimeTypes.JsonReader}.{method}{typeArgument}(ref {reader}, static (ref {RuntimeTypes.Utf8JsonReader} {element}) => {ReadElement(context, type.Element, element, depth + 1)})";
    }

    private static string ReadInteger(TypeRef enumType, string reader) => enumType.EnumValues == TypeKind.Int64
        ? $"{RuntimeTypes.JsonReader}.ReadInt64(ref {reader})"
        : $"{RuntimeTypes.JsonReader}.ReadInt32(ref {reader})";

    /// <summary>List elements and map values are never null in C#: a JSON null reads as the type's empty value.</summary>
    private static string ReadElement(EmitContext context, TypeRef element, string reader, int depth) => element.Kind switch
    {
        TypeKind.Model => $"{context.Qualified(element.Name)}.ReadFrom(ref {reader})",
        TypeKind.Enum when element.IsIntegerEnum => $"new {context.Qualified(element.Name)}({ReadInteger(element, reader)} ?? 0)",
        TypeKind.Enum => $"new {context.Qualified(element.Name)}({RuntimeTypes.JsonReader}.ReadString(ref {reader}) ?? string.Empty)",
        TypeKind.String => $"{RuntimeTypes.JsonReader}.ReadString(ref {reader}) ?? string.Empty",
        TypeKind.List => $"{ReadValue(context, element, reader, depth)} ?? new global::System.Collections.Generic.List<{context.TypeName(element.Element, nullable: false)}>()",
        TypeKind.Map => $"{ReadValue(context, element, reader, depth)} ?? new global::System.Collections.Generic.Dictionary<string, {context.TypeName(element.Element, nullable: false)}>()",
        _ => $"{ReadValue(context, element, reader, depth)} ?? default",
    };

    /// <summary>
    /// Checks before sending: required members present, numbers in range, nested models valid.
    /// <paramref name="path"/> is a C# expression naming the checked object in messages.
    /// </summary>
    public static void Validate(SourceWriter writer, EmitContext context, PropertySpec property, string access, string path, bool canBeNull)
    {
        var memberPath = Concat(path, "." + property.MemberName);
        if (property.Required && canBeNull)
        {
            var missing = property.Type.Kind == TypeKind.String ? $"string.IsNullOrEmpty({access})" : $"{access} is null";
            writer.WriteLine($"if ({missing})");
            using (writer.OpenBlock())
            {
                writer.WriteLine($"throw new global::System.ArgumentException({Concat(memberPath, " is required.")}, {path});");
            }
        }

        if (property.Minimum is not null || property.Maximum is not null)
        {
            var conditions = new System.Collections.Generic.List<string>();
            if (property.Minimum is { } minimum)
            {
                conditions.Add($"{access} < {minimum.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
            }

            if (property.Maximum is { } maximum)
            {
                conditions.Add($"{access} > {maximum.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
            }

            writer.WriteLine($"if ({string.Join(" || ", conditions)})");
            using (writer.OpenBlock())
            {
                writer.WriteLine($"throw new global::System.ArgumentOutOfRangeException({path}, {access}, {Concat(memberPath, $" must be {RangeText(property)}.")});");
            }
        }

        ValidateString(writer, property, access, path, memberPath);
        if (!ValidationAnalysis.HoldsValidatedModel(property, context.ModelsNeedingValidation))
        {
            return;
        }

        if (property.Type.Kind == TypeKind.Map)
        {
            // A map is a reference type: even a required one may hold null! here, so it is always tested.
            writer.WriteLine($"if ({access} is not null)");
            using (writer.OpenBlock())
            {
                ValidateItems(writer, property.Type, access, memberPath, depth: 0);
            }

            return;
        }

        if (property.Type.Kind == TypeKind.Model)
        {
            // A required member was checked for null above, so only an optional one needs the null-conditional.
            writer.WriteLine(canBeNull && !property.Required ? $"{access}?.Validate({memberPath});" : $"{access}.Validate({memberPath});");
            return;
        }

        if (!canBeNull)
        {
            ValidateElements(writer, access, memberPath);
            return;
        }

        writer.WriteLine($"if ({access} is not null)");
        using (writer.OpenBlock())
        {
            ValidateElements(writer, access, memberPath);
        }
    }

    /// <summary>minLength, maxLength and pattern: checked on a string that is set (a missing one is the required check's).</summary>
    private static void ValidateString(SourceWriter writer, PropertySpec property, string access, string path, string memberPath)
    {
        var invariant = System.Globalization.CultureInfo.InvariantCulture;
        if (property.MinLength is not null || property.MaxLength is not null)
        {
            var conditions = new System.Collections.Generic.List<string>();
            if (property.MinLength is { } min)
            {
                conditions.Add($"{access}.Length < {min.ToString(invariant)}");
            }

            if (property.MaxLength is { } max)
            {
                conditions.Add($"{access}.Length > {max.ToString(invariant)}");
            }

            writer.WriteLine($"if ({access} is not null && ({string.Join(" || ", conditions)}))");
            using (writer.OpenBlock())
            {
                writer.WriteLine($"throw new global::System.ArgumentException({Concat(memberPath, $" must be {LengthText(property)} characters long.")}, {path});");
            }
        }

        if (property.Pattern is { } pattern)
        {
            writer.WriteLine($"if ({access} is not null && !global::System.Text.RegularExpressions.Regex.IsMatch({access}, {Literal(pattern)}, global::System.Text.RegularExpressions.RegexOptions.CultureInvariant))");
            using (writer.OpenBlock())
            {
                // The pattern, never the value: the value may be anything the caller holds.
                writer.WriteLine($"throw new global::System.ArgumentException({Concat(memberPath, $" must match the pattern {pattern}.")}, {path});");
            }
        }
    }

    private static string LengthText(PropertySpec property)
    {
        var invariant = System.Globalization.CultureInfo.InvariantCulture;
        if (property.MinLength is { } min && property.MaxLength is { } max)
        {
            return $"{min.ToString(invariant)} to {max.ToString(invariant)}";
        }

        return property.MinLength is { } least ? $"at least {least.ToString(invariant)}" : $"at most {property.MaxLength!.Value.ToString(invariant)}";
    }

    /// <summary>Validates every model a map (of models, or of lists of models) holds, naming each by its key.</summary>
    private static void ValidateItems(SourceWriter writer, TypeRef container, string access, string memberPath, int depth)
    {
        var suffix = depth == 0 ? string.Empty : depth.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (container.Kind == TypeKind.Map)
        {
            var pair = "pair" + suffix;
            writer.WriteLine($"foreach (var {pair} in {access})");
            using (writer.OpenBlock())
            {
                ValidateItem(writer, container.Element, pair + ".Value", Append(Append(memberPath, "[\"") + $" + {pair}.Key", "\"]"), depth + 1);
            }

            return;
        }

        var index = "i" + suffix;
        writer.WriteLine($"for (var {index} = 0; {index} < {access}.Count; {index}++)");
        using (writer.OpenBlock())
        {
            ValidateItem(writer, container.Element, $"{access}[{index}]", Append(Append(memberPath, "[") + $" + {index}.ToString({RuntimeTypes.InvariantCulture})", "]"), depth + 1);
        }
    }

    private static void ValidateItem(SourceWriter writer, TypeRef item, string access, string itemPath, int depth)
    {
        if (item.Kind == TypeKind.Model)
        {
            writer.WriteLine($"{access}.Validate({itemPath});");
            return;
        }

        ValidateItems(writer, item, access, itemPath, depth);
    }

    private static void ValidateElements(SourceWriter writer, string access, string memberPath)
    {
        writer.WriteLine($"for (var i = 0; i < {access}.Count; i++)");
        using (writer.OpenBlock())
        {
            writer.WriteLine($"{access}[i].Validate({memberPath} + \"[\" + i.ToString({RuntimeTypes.InvariantCulture}) + \"]\");");
        }
    }

    /// <summary>
    /// Appends text to a C# string expression, folding it into the expression's last literal when it ends with one
    /// (<c>"parts[\"" + pair.Key + "\"]."</c> rather than <c>... + "\"]" + "."</c>). A <c> + "</c> can only start a
    /// literal: a quote inside one is always escaped.
    /// </summary>
    public static string Append(string expression, string text)
    {
        var literal = Literal(text);
        var start = expression.LastIndexOf(" + \"", System.StringComparison.Ordinal);
        var tail = start < 0 ? expression : expression.Substring(start + 3);
        var endsWithLiteral = tail.Length >= 2 && tail[0] == '"' && tail[tail.Length - 1] == '"' && (start >= 0 || expression[0] == '"');
        return endsWithLiteral
            ? expression.Substring(0, expression.Length - 1) + literal.Substring(1)
            : $"{expression} + {literal}";
    }

    /// <summary>Joins a C# string expression and text, folding two literals into one.</summary>
    private static string Concat(string expression, string text)
    {
        var literal = Literal(text);
        return expression.Length >= 2 && expression[0] == '"' && expression[expression.Length - 1] == '"'
            ? expression.Substring(0, expression.Length - 1) + literal.Substring(1)
            : $"{expression} + {literal}";
    }

    private static string RangeText(PropertySpec property)
    {
        var invariant = System.Globalization.CultureInfo.InvariantCulture;
        if (property.Minimum is { } minimum && property.Maximum is { } maximum)
        {
            return $"between {minimum.ToString(invariant)} and {maximum.ToString(invariant)}";
        }

        return property.Minimum is { } min ? $"at least {min.ToString(invariant)}" : $"at most {property.Maximum!.Value.ToString(invariant)}";
    }
}
