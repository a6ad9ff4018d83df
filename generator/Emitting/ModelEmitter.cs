using Bce.Generator.Infrastructure;
using Bce.Generator.Model;

namespace Bce.Generator.Emitting;

/// <summary>
/// Emits one model: a sealed class with settable properties (so tests and callers can build one), its JSON reader and
/// writer, and a Validate method when sending it needs checks.
/// </summary>
internal static class ModelEmitter
{
    public static string Emit(EmitContext context, ModelSpec model)
    {
        var writer = context.StartFile();
        var jsonModel = $"{RuntimeTypes.JsonModel}<{model.Name}>";
        XmlDoc.Summary(writer, model.Description, model.Name);
        writer.WriteLine(context.GeneratedCodeAttribute);
        var checkedOnAnswers = context.ModelsCheckedOnAnswers.Contains(model.Name);
        writer.WriteLine(checkedOnAnswers
            ? $"{context.Visibility} sealed partial class {model.Name} : {jsonModel}, {RuntimeTypes.RequiredProperties}"
            : $"{context.Visibility} sealed partial class {model.Name} : {jsonModel}");
        using (writer.OpenBlock())
        {
            foreach (var property in model.Properties)
            {
                XmlDoc.Summary(writer, property.Description, property.JsonName);
                writer.WriteLine($"public {context.TypeName(property.Type, nullable: true)} {property.MemberName} {{ get; set; }}");
                writer.WriteLine();
            }

            writer.WriteLine("/// <inheritdoc/>");
            writer.WriteLine($"void {jsonModel}.WriteJson({RuntimeTypes.Utf8JsonWriter} writer) => WriteTo(writer);");
            writer.WriteLine();
            if (context.Target.StaticJsonReaders)
            {
                // Without static interface members (.NET Framework) the reader is registered instead: Targeting/.
                writer.WriteLine("/// <inheritdoc/>");
                writer.WriteLine($"static {model.Name} {jsonModel}.ReadJson(ref {RuntimeTypes.Utf8JsonReader} reader) => ReadFrom(ref reader);");
                writer.WriteLine();
            }
            if (checkedOnAnswers)
            {
                writer.WriteLine("/// <inheritdoc/>");
                writer.WriteLine($"string? {RuntimeTypes.RequiredProperties}.FindMissingRequiredProperty() => FindMissingRequiredProperty();");
                writer.WriteLine();
            }

            EmitWriteTo(writer, model);
            writer.WriteLine();
            EmitReadFrom(writer, context, model);
            if (checkedOnAnswers)
            {
                writer.WriteLine();
                EmitFindMissingRequiredProperty(writer, context, model);
            }

            if (context.ModelsNeedingValidation.Contains(model.Name))
            {
                writer.WriteLine();
                EmitValidate(writer, context, model);
            }
        }

        return writer.ToString();
    }

    private static void EmitWriteTo(SourceWriter writer, ModelSpec model)
    {
        writer.WriteLine(EmitContext.HiddenAttribute);
        writer.WriteLine($"internal void WriteTo({RuntimeTypes.Utf8JsonWriter} writer)");
        using (writer.OpenBlock())
        {
            writer.WriteLine("writer.WriteStartObject();");
            foreach (var property in model.Properties)
            {
                JsonCode.WriteProperty(writer, property, property.MemberName, canBeNull: true);
            }

            writer.WriteLine("writer.WriteEndObject();");
        }
    }

    /// <summary>Unknown properties are skipped and missing ones stay null, so newer service versions do not break old clients.</summary>
    private static void EmitReadFrom(SourceWriter writer, EmitContext context, ModelSpec model)
    {
        writer.WriteLine(EmitContext.HiddenAttribute);
        writer.WriteLine($"internal static {model.Name} ReadFrom(ref {RuntimeTypes.Utf8JsonReader} reader)");
        using (writer.OpenBlock())
        {
            writer.WriteLine($"{RuntimeTypes.JsonReader}.ExpectStartObject(ref reader);");
            writer.WriteLine($"var value = new {model.Name}();");
            writer.WriteLine($"while (reader.Read() && reader.TokenType == {RuntimeTypes.JsonTokenType}.PropertyName)");
            using (writer.OpenBlock())
            {
                var first = true;
                foreach (var property in model.Properties)
                {
                    var condition = $"reader.ValueTextEquals({JsonCode.Utf8Literal(property.JsonName)})";
                    foreach (var alias in property.Aliases)
                    {
                        condition += $" || reader.ValueTextEquals({JsonCode.Utf8Literal(alias)})";
                    }

                    writer.WriteLine((first ? "if (" : "else if (") + condition + ")");
                    first = false;
                    using (writer.OpenBlock())
                    {
                        writer.WriteLine("reader.Read();");
                        writer.WriteLine($"value.{property.MemberName} = {JsonCode.ReadValue(context, property.Type, "reader")};");
                    }
                }

                // An unknown property: step onto its value and skip all of it.
                if (first)
                {
                    writer.WriteLine("reader.Read();");
                    writer.WriteLine("reader.Skip();");
                }
                else
                {
                    writer.WriteLine("else");
                    using (writer.OpenBlock())
                    {
                        writer.WriteLine("reader.Read();");
                        writer.WriteLine("reader.Skip();");
                    }
                }
            }

            writer.WriteLine();
            writer.WriteLine("return value;");
        }
    }

    /// <summary>
    /// Answers are read leniently (missing properties stay null); this says afterwards whether one the spec requires is
    /// missing, null or empty (strings), so the runtime can refuse the answer. Held models are checked in turn.
    /// </summary>
    private static void EmitFindMissingRequiredProperty(SourceWriter writer, EmitContext context, ModelSpec model)
    {
        writer.WriteLine(EmitContext.HiddenAttribute);
        writer.WriteLine("internal string? FindMissingRequiredProperty()");
        using (writer.OpenBlock())
        {
            foreach (var property in model.Properties)
            {
                var member = property.MemberName;
                var name = JsonCode.Literal(property.JsonName);
                if (property.Required)
                {
                    writer.WriteLine(property.Type.Kind == TypeKind.String ? $"if (string.IsNullOrEmpty({member}))" : $"if ({member} is null)");
                    using (writer.OpenBlock())
                    {
                        writer.WriteLine($"return {name};");
                    }

                    writer.WriteLine();
                }

                if (!ValidationAnalysis.HoldsModel(property) || !context.ModelsCheckedOnAnswers.Contains(property.Type.Name))
                {
                    continue;
                }

                var missing = "missing" + member;
                if (property.Type.Kind == TypeKind.Model)
                {
                    writer.WriteLine($"if ({member}?.FindMissingRequiredProperty() is {{ }} {missing})");
                    using (writer.OpenBlock())
                    {
                        writer.WriteLine($"return {JsonCode.Literal(property.JsonName + ".")} + {missing};");
                    }

                    writer.WriteLine();
                    continue;
                }

                if (property.Type.Kind == TypeKind.Map)
                {
                    writer.WriteLine($"if ({member} is not null)");
                    using (writer.OpenBlock())
                    {
                        FindMissingInItems(writer, property.Type, member, JsonCode.Literal(property.JsonName), missing, depth: 0);
                    }

                    writer.WriteLine();
                    continue;
                }

                writer.WriteLine($"for (var i = 0; i < ({member}?.Count ?? 0); i++)");
                using (writer.OpenBlock())
                {
                    writer.WriteLine($"if ({member}![i].FindMissingRequiredProperty() is {{ }} {missing})");
                    using (writer.OpenBlock())
                    {
                        writer.WriteLine($"return {JsonCode.Literal(property.JsonName + "[")} + i.ToString({RuntimeTypes.InvariantCulture}) + \"].\" + {missing};");
                    }
                }

                writer.WriteLine();
            }

            writer.WriteLine("return null;");
        }
    }

    /// <summary>Checks every model a map (of models, or of lists of models) holds; a map entry is named by its key.</summary>
    private static void FindMissingInItems(SourceWriter writer, TypeRef container, string access, string path, string missing, int depth)
    {
        var suffix = depth == 0 ? string.Empty : depth.ToString(System.Globalization.CultureInfo.InvariantCulture);
        string item;
        string itemPath;
        if (container.Kind == TypeKind.Map)
        {
            var pair = "pair" + suffix;
            writer.WriteLine($"foreach (var {pair} in {access})");
            item = pair + ".Value";
            itemPath = JsonCode.Append(JsonCode.Append(path, "[\"") + $" + {pair}.Key", "\"]");
        }
        else
        {
            var index = "i" + suffix;
            writer.WriteLine($"for (var {index} = 0; {index} < {access}.Count; {index}++)");
            item = $"{access}[{index}]";
            itemPath = JsonCode.Append(JsonCode.Append(path, "[") + $" + {index}.ToString({RuntimeTypes.InvariantCulture})", "]");
        }

        using (writer.OpenBlock())
        {
            if (container.Element.Kind != TypeKind.Model)
            {
                FindMissingInItems(writer, container.Element, item, itemPath, missing, depth + 1);
                return;
            }

            writer.WriteLine($"if ({item}.FindMissingRequiredProperty() is {{ }} {missing})");
            using (writer.OpenBlock())
            {
                writer.WriteLine($"return {JsonCode.Append(itemPath, ".")} + {missing};");
            }
        }
    }

    private static void EmitValidate(SourceWriter writer, EmitContext context, ModelSpec model)
    {
        writer.WriteLine(EmitContext.HiddenAttribute);
        writer.WriteLine("internal void Validate(string path)");
        using (writer.OpenBlock())
        {
            foreach (var property in model.Properties)
            {
                JsonCode.Validate(writer, context, property, property.MemberName, "path", canBeNull: true);
            }
        }
    }
}
