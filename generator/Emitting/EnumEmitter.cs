using Bce.Generator.Infrastructure;
using Bce.Generator.Model;

namespace Bce.Generator.Emitting;

/// <summary>
/// Emits a string enum as an extensible struct (the Azure SDK pattern): known values are static properties, and a value
/// the service adds later still reads, compares and writes back unchanged instead of failing.
/// </summary>
internal static class EnumEmitter
{
    public static string Emit(EmitContext context, EnumSpec spec) =>
        spec.IsInteger ? EmitInteger(context, spec) : EmitString(context, spec);

    private static string EmitString(EmitContext context, EnumSpec spec)
    {
        var writer = context.StartFile();
        var name = spec.Name;
        XmlDoc.Summary(writer, spec.Description, name);
        writer.WriteLine(context.GeneratedCodeAttribute);
        writer.WriteLine($"{context.Visibility} readonly partial struct {name} : global::System.IEquatable<{name}>");
        using (writer.OpenBlock())
        {
            writer.WriteLine("private readonly string? _value;");
            writer.WriteLine();
            writer.WriteLine("/// <summary>Creates a value; any text the service sends is accepted, known or not.</summary>");
            writer.WriteLine("/// <param name=\"value\">The value as it appears on the wire.</param>");
            writer.WriteLine($"public {name}(string value)");
            using (writer.OpenBlock())
            {
                writer.WriteLine("_value = value ?? throw new global::System.ArgumentNullException(nameof(value));");
            }

            foreach (var value in spec.Values)
            {
                writer.WriteLine();
                writer.WriteLine($"/// <summary>The value <c>{XmlDoc.Escape(value.Value)}</c>.</summary>");
                writer.WriteLine($"public static {name} {value.MemberName} {{ get; }} = new({JsonCode.Literal(value.Value)});");
            }

            writer.WriteLine();
            writer.WriteLine("/// <summary>Whether this is one of the values known when the client was generated.</summary>");
            writer.WriteLine($"public bool IsKnown => _value is not null && (");
            writer.Indent();
            for (var i = 0; i < spec.Values.Count; i++)
            {
                var suffix = i == spec.Values.Count - 1 ? ");" : " ||";
                writer.WriteLine($"string.Equals(_value, {JsonCode.Literal(spec.Values[i].Value)}, global::System.StringComparison.OrdinalIgnoreCase){suffix}");
            }

            writer.Unindent();
            writer.WriteLine();
            writer.WriteLine("/// <summary>Compares two values, ignoring case as the service does.</summary>");
            writer.WriteLine($"public static bool operator ==({name} left, {name} right) => left.Equals(right);");
            writer.WriteLine();
            writer.WriteLine("/// <summary>Compares two values, ignoring case as the service does.</summary>");
            writer.WriteLine($"public static bool operator !=({name} left, {name} right) => !left.Equals(right);");
            writer.WriteLine();
            writer.WriteLine("/// <summary>Converts wire text to a value.</summary>");
            writer.WriteLine($"public static implicit operator {name}(string value) => new(value);");
            writer.WriteLine();
            writer.WriteLine("/// <inheritdoc/>");
            writer.WriteLine($"public bool Equals({name} other) => string.Equals(_value, other._value, global::System.StringComparison.OrdinalIgnoreCase);");
            writer.WriteLine();
            writer.WriteLine("/// <inheritdoc/>");
            writer.WriteLine($"public override bool Equals(object? obj) => obj is {name} other && Equals(other);");
            writer.WriteLine();
            writer.WriteLine("/// <inheritdoc/>");
            writer.WriteLine("public override int GetHashCode() => _value is null ? 0 : global::System.StringComparer.OrdinalIgnoreCase.GetHashCode(_value);");
            writer.WriteLine();
            writer.WriteLine("/// <summary>The value as it appears on the wire.</summary>");
            writer.WriteLine("public override string ToString() => _value ?? string.Empty;");
        }

        return writer.ToString();
    }
    /// <summary>
    /// An enum of JSON numbers (<c>type: int32</c>, <c>values: [4, 6]</c>): the same extensible struct over the number,
    /// read from a number (or numeric text) and written back as a number, so a value the service adds later survives.
    /// </summary>
    private static string EmitInteger(EmitContext context, EnumSpec spec)
    {
        var writer = context.StartFile();
        var name = spec.Name;
        var number = spec.ValueKind == TypeKind.Int64 ? "long" : "int";
        XmlDoc.Summary(writer, spec.Description, name);
        writer.WriteLine(context.GeneratedCodeAttribute);
        writer.WriteLine($"{context.Visibility} readonly partial struct {name} : global::System.IEquatable<{name}>");
        using (writer.OpenBlock())
        {
            writer.WriteLine("/// <summary>Creates a value; any number the service sends is accepted, known or not.</summary>");
            writer.WriteLine("/// <param name=\"value\">The value as it appears on the wire.</param>");
            writer.WriteLine($"public {name}({number} value) => Value = value;");
            foreach (var value in spec.Values)
            {
                writer.WriteLine();
                writer.WriteLine($"/// <summary>The value <c>{XmlDoc.Escape(value.Value)}</c>.</summary>");
                writer.WriteLine($"public static {name} {value.MemberName} {{ get; }} = new({value.Value});");
            }

            writer.WriteLine();
            writer.WriteLine("/// <summary>The number as it appears on the wire.</summary>");
            writer.WriteLine($"public {number} Value {{ get; }}");
            writer.WriteLine();
            writer.WriteLine("/// <summary>Whether this is one of the values known when the client was generated.</summary>");
            var known = new System.Collections.Generic.List<string>();
            foreach (var value in spec.Values)
            {
                known.Add(value.Value);
            }

            writer.WriteLine($"public bool IsKnown => Value is {string.Join(" or ", known)};");
            writer.WriteLine();
            writer.WriteLine("/// <summary>Compares two values.</summary>");
            writer.WriteLine($"public static bool operator ==({name} left, {name} right) => left.Equals(right);");
            writer.WriteLine();
            writer.WriteLine("/// <summary>Compares two values.</summary>");
            writer.WriteLine($"public static bool operator !=({name} left, {name} right) => !left.Equals(right);");
            writer.WriteLine();
            writer.WriteLine("/// <summary>Converts a wire number to a value.</summary>");
            writer.WriteLine($"public static implicit operator {name}({number} value) => new(value);");
            writer.WriteLine();
            writer.WriteLine("/// <summary>The number a value stands for.</summary>");
            writer.WriteLine($"public static explicit operator {number}({name} value) => value.Value;");
            writer.WriteLine();
            writer.WriteLine("/// <inheritdoc/>");
            writer.WriteLine($"public bool Equals({name} other) => Value == other.Value;");
            writer.WriteLine();
            writer.WriteLine("/// <inheritdoc/>");
            writer.WriteLine($"public override bool Equals(object? obj) => obj is {name} other && Equals(other);");
            writer.WriteLine();
            writer.WriteLine("/// <inheritdoc/>");
            writer.WriteLine("public override int GetHashCode() => Value.GetHashCode();");
            writer.WriteLine();
            writer.WriteLine("/// <summary>The number in the invariant culture, as a path or query carries it.</summary>");
            writer.WriteLine($"public override string ToString() => Value.ToString({RuntimeTypes.InvariantCulture});");
        }

        return writer.ToString();
    }
}
