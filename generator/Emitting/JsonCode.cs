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
                WritePropertyValue(writer, property.Type, name, property.Type.IsValueType ? access + ".Value" : access);
            }

            return;
        }

        WritePropertyValue(writer, property.Type, name, access);
    }

    /// <summary>Writes a list as a bare JSON array (a request whose whole body is one list).</summary>
    public static void WriteArray(SourceWriter writer, TypeRef list, string access)
    {
        writer.WriteLine("writer.WriteStartArray();");
        writer.WriteLine($"foreach (var item in {access})");
        using (writer.OpenBlock())
        {
            writer.WriteLine(WriteElement(list.Element, "item"));
        }

        writer.WriteLine("writer.WriteEndArray();");
    }

    private static void WritePropertyValue(SourceWriter writer, TypeRef type, string name, string value)
    {
        switch (type.Kind)
        {
            case TypeKind.List:
                writer.WriteLine($"writer.WriteStartArray({name});");
                writer.WriteLine($"foreach (var item in {value})");
                using (writer.OpenBlock())
                {
                    writer.WriteLine(WriteElement(type.Element, "item"));
                }

                writer.WriteLine("writer.WriteEndArray();");
                break;
            case TypeKind.Model:
                writer.WriteLine($"writer.WritePropertyName({name});");
                writer.WriteLine($"{value}.WriteTo(writer);");
                break;
            default:
                writer.WriteLine(WriteScalar(type.Kind, name + ", ", value));
                break;
        }
    }

    private static string WriteElement(TypeRef element, string value) =>
        element.Kind == TypeKind.Model ? $"{value}.WriteTo(writer);" : WriteScalar(element.Kind, string.Empty, value, "Value");

    private static string WriteScalar(TypeKind kind, string namePrefix, string value, string suffix = "") => kind switch
    {
        TypeKind.Int32 or TypeKind.Int64 or TypeKind.Double => $"writer.WriteNumber{suffix}({namePrefix}{value});",
        TypeKind.Boolean => $"writer.WriteBoolean{suffix}({namePrefix}{value});",
        TypeKind.Timestamp => $"writer.WriteString{suffix}({namePrefix}{value}.Raw);",
        TypeKind.Enum => $"writer.WriteString{suffix}({namePrefix}{value}.ToString());",
        _ => $"writer.WriteString{suffix}({namePrefix}{value});",
    };

    /// <summary>An expression reading the value the reader stands on (JSON null reads as C# null).</summary>
    public static string ReadValue(EmitContext context, TypeRef type, string reader) => type.Kind switch
    {
        TypeKind.String => $"{RuntimeTypes.JsonReader}.ReadString(ref {reader})",
        TypeKind.Int32 => $"{RuntimeTypes.JsonReader}.ReadInt32(ref {reader})",
        TypeKind.Int64 => $"{RuntimeTypes.JsonReader}.ReadInt64(ref {reader})",
        TypeKind.Double => $"{RuntimeTypes.JsonReader}.ReadDouble(ref {reader})",
        TypeKind.Boolean => $"{RuntimeTypes.JsonReader}.ReadBoolean(ref {reader})",
        TypeKind.Timestamp => $"{RuntimeTypes.JsonReader}.ReadTimestamp(ref {reader})",
        TypeKind.Enum => $"{RuntimeTypes.JsonReader}.ReadString(ref {reader}) is {{ }} text ? new {context.Qualified(type.Name)}(text) : default({context.Qualified(type.Name)}?)",
        TypeKind.Model => $"{reader}.TokenType == {RuntimeTypes.JsonTokenType}.Null ? null : {context.Qualified(type.Name)}.ReadFrom(ref {reader})",
        _ => $"{RuntimeTypes.JsonReader}.ReadList(ref {reader}, static (ref {RuntimeTypes.Utf8JsonReader} element) => {ReadElement(context, type.Element, "element")})",
    };

    /// <summary>List elements are never null in C#: a JSON null element reads as the type's empty value.</summary>
    private static string ReadElement(EmitContext context, TypeRef element, string reader) => element.Kind switch
    {
        TypeKind.Model => $"{context.Qualified(element.Name)}.ReadFrom(ref {reader})",
        TypeKind.Enum => $"new {context.Qualified(element.Name)}({RuntimeTypes.JsonReader}.ReadString(ref {reader}) ?? string.Empty)",
        TypeKind.String => $"{RuntimeTypes.JsonReader}.ReadString(ref {reader}) ?? string.Empty",
        _ => $"{ReadValue(context, element, reader)} ?? default",
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

        if (!ValidationAnalysis.HoldsValidatedModel(property, context.ModelsNeedingValidation))
        {
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

    private static void ValidateElements(SourceWriter writer, string access, string memberPath)
    {
        writer.WriteLine($"for (var i = 0; i < {access}.Count; i++)");
        using (writer.OpenBlock())
        {
            writer.WriteLine($"{access}[i].Validate({memberPath} + \"[\" + i.ToString({RuntimeTypes.InvariantCulture}) + \"]\");");
        }
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
