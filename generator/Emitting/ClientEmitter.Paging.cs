using System.Collections.Generic;
using Bce.Generator.Infrastructure;
using Bce.Generator.Model;

namespace Bce.Generator.Emitting;

// The auto-pager: every item of a marker-paginated list operation, page after page.
internal static partial class ClientEmitter
{
    private static void EmitPager(SourceWriter writer, EmitContext context, OperationSpec operation, PaginationSpec pagination)
    {
        var item = ItemTypeName(context, operation, pagination);
        var request = context.Qualified(RequestEmitter.ClassName(operation));
        var marker = Identifiers.ToPascalCase(pagination.MarkerParameter);
        writer.WriteLine("/// <inheritdoc/>");
        writer.WriteLine("public virtual " + PagerSignature(context, operation, pagination));
        using (writer.OpenBlock())
        {
            writer.WriteLine($"var first = request ?? new {request}();");
            if (RequestEmitter.NeedsValidation(context, operation))
            {
                writer.WriteLine("first.Validate();");
            }

            writer.WriteLine($"return new {RuntimeTypes.Pageable}<{item}>(async (marker, pageCancellationToken) =>");
            using (writer.OpenBlock(");"))
            {
                writer.WriteLine("var token = pageCancellationToken.CanBeCanceled ? pageCancellationToken : cancellationToken;");
                writer.WriteLine($"var response = await {operation.Name}Async(first.WithMarker(marker ?? first.{marker}), token).ConfigureAwait(false);");
                writer.WriteLine("var page = response.Value;");
                writer.WriteLine($"var items = page.{Identifiers.ToPascalCase(pagination.ItemsProperty)};");
                writer.WriteLine($"return new {RuntimeTypes.Page}<{item}>(");
                writer.Indent();
                writer.WriteLine($"items is null ? global::System.Array.Empty<{item}>() : new global::System.Collections.Generic.List<{item}>(items),");
                writer.WriteLine($"page.{Identifiers.ToPascalCase(pagination.NextMarkerProperty)},");
                writer.WriteLine($"page.{Identifiers.ToPascalCase(pagination.IsTruncatedProperty)} ?? false,");
                writer.WriteLine("response);");
                writer.Unindent();
            }
        }

        writer.WriteLine();
    }

    private static string ItemTypeName(EmitContext context, OperationSpec operation, PaginationSpec pagination) =>
        context.Qualified(context.ResponseProperty(operation, pagination.ItemsProperty).Type.Name);

    private static string PagerSignature(EmitContext context, OperationSpec operation, PaginationSpec pagination) =>
        $"{RuntimeTypes.Pageable}<{ItemTypeName(context, operation, pagination)}> {pagination.PagerName}Async({context.Qualified(RequestEmitter.ClassName(operation))}? request = null, {RuntimeTypes.CancellationToken} cancellationToken = default)";

    private static void WritePagerDocs(SourceWriter writer, OperationSpec operation, PaginationSpec pagination)
    {
        XmlDoc.Summary(writer, $"Every item of {operation.Name}, fetching page after page as the enumeration goes (AsPages gives the pages).");
        writer.WriteLine($"/// <param name=\"request\">Filters and page size; its {pagination.MarkerParameter} is where the first page starts.</param>");
        writer.WriteLine("/// <param name=\"cancellationToken\">Cancels the enumeration when the enumerator gets no token of its own.</param>");
        writer.WriteLine("/// <returns>The items, lazily; enumerate with <c>await foreach</c>.</returns>");
    }
}
