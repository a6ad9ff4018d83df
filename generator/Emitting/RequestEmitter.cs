using System.Collections.Generic;
using Bce.Generator.Infrastructure;
using Bce.Generator.Model;

namespace Bce.Generator.Emitting;

/// <summary>
/// Emits the input class of one operation. Path, query, header and body members sit side by side (the caller does not care
/// where a value travels); required members use C# <c>required</c> so a missing one is a compile error.
/// </summary>
internal static class RequestEmitter
{
    /// <summary>Whether the request has anything to check before it is sent.</summary>
    public static bool NeedsValidation(EmitContext context, OperationSpec operation)
    {
        if (operation.Idempotent)
        {
            return true;
        }

        foreach (var member in operation.RequestMembers)
        {
            if (ValidationAnalysis.HasOwnChecks(member) || ValidationAnalysis.HoldsValidatedModel(member, context.ModelsNeedingValidation))
            {
                return true;
            }
        }

        return false;
    }

    public static string Emit(EmitContext context, OperationSpec operation)
    {
        var writer = context.StartFile();
        var name = operation.RequestTypeName;
        XmlDoc.Summary(writer, $"The input of {operation.Name}: {operation.Summary}");
        writer.WriteLine(context.GeneratedCodeAttribute);
        writer.WriteLine($"{context.Visibility} sealed partial class {name}");
        using (writer.OpenBlock())
        {
            foreach (var member in operation.RequestMembers)
            {
                XmlDoc.Summary(writer, member.Description, member.JsonName);
                var modifier = member.Required ? "required " : string.Empty;
                writer.WriteLine($"public {modifier}{context.TypeName(member.Type, nullable: !member.Required)} {member.MemberName} {{ get; set; }}");
                writer.WriteLine();
            }

            if (operation.Idempotent)
            {
                writer.WriteLine("/// <summary>");
                writer.WriteLine("/// Idempotency token (printable ASCII, at most 64 characters). Leave it null and the client makes one per call and");
                writer.WriteLine("/// reuses it on every retry; set it to retry a call of your own safely.");
                writer.WriteLine("/// </summary>");
                writer.WriteLine("public string? ClientToken { get; set; }");
                writer.WriteLine();
            }

            if (operation.IsMutating)
            {
                writer.WriteLine("/// <summary>Apply the change only while the resource's ETag still equals this value (HTTP If-Match).</summary>");
                writer.WriteLine("public string? IfMatch { get; set; }");
                writer.WriteLine();
            }

            EmitValidate(writer, context, operation);
            EmitWriteBody(writer, operation);
            EmitWithMarker(writer, operation, name);
        }

        return writer.ToString();
    }

    private static void EmitValidate(SourceWriter writer, EmitContext context, OperationSpec operation)
    {
        if (!NeedsValidation(context, operation))
        {
            return;
        }

        writer.WriteLine(EmitContext.HiddenAttribute);
        writer.WriteLine("internal void Validate()");
        using (writer.OpenBlock())
        {
            foreach (var member in operation.RequestMembers)
            {
                // Required members are non-nullable in C#, yet a caller can still assign null! to them.
                var canBeNull = !member.Required || !member.Type.IsValueType;
                JsonCode.Validate(writer, context, member, member.MemberName, "\"request\"", canBeNull);
            }

            if (operation.Idempotent)
            {
                // One rule for tokens, the runtime's, so a token the client accepts here is one it can send.
                writer.WriteLine($"if (ClientToken is not null && !{RuntimeTypes.IdempotencyToken}.IsValid(ClientToken))");
                using (writer.OpenBlock())
                {
                    writer.WriteLine("throw new global::System.ArgumentException(\"request.ClientToken must be 1 to 64 printable ASCII characters without spaces.\", \"request\");");
                }
            }
        }

        writer.WriteLine();
    }

    /// <summary>The body as the parser settled it: an object of the body members, or one member's list as the whole body.</summary>
    private static void EmitWriteBody(SourceWriter writer, OperationSpec operation)
    {
        var body = operation.Wire.Body;
        if (body.Kind == RequestBodyKind.None)
        {
            return;
        }

        writer.WriteLine(EmitContext.HiddenAttribute);
        writer.WriteLine($"internal void WriteBody({RuntimeTypes.Utf8JsonWriter} writer)");
        using (writer.OpenBlock())
        {
            if (body.Kind == RequestBodyKind.Array)
            {
                JsonCode.WriteArray(writer, body.Members[0].Type, body.Members[0].MemberName);
            }
            else
            {
                writer.WriteLine("writer.WriteStartObject();");
                foreach (var member in body.Members)
                {
                    JsonCode.WriteProperty(writer, member, member.MemberName, canBeNull: !member.Required);
                }

                writer.WriteLine("writer.WriteEndObject();");
            }
        }

        writer.WriteLine();
    }

    /// <summary>The pager asks for each page with a copy of the caller's request that starts at another marker.</summary>
    private static void EmitWithMarker(SourceWriter writer, OperationSpec operation, string name)
    {
        if (operation.Pagination is not { } pagination)
        {
            return;
        }

        writer.WriteLine(EmitContext.HiddenAttribute);
        writer.WriteLine($"internal {name} WithMarker(string? marker)");
        using (writer.OpenBlock())
        {
            writer.WriteLine($"var copy = ({name})MemberwiseClone();");
            writer.WriteLine($"copy.{pagination.MarkerMember} = marker;");
            writer.WriteLine("return copy;");
        }

        writer.WriteLine();
    }
}
