using Bce.Generator.Model;

namespace Bce.Generator.Emitting;

// The auto-pager: every item of a marker-paginated list operation, page after page.
internal static partial class ClientEmitter
{
    private static void WritePagerBody(SourceWriter writer, EmitContext context, OperationSpec operation, PaginationSpec pagination)
    {
        var item = context.Qualified(pagination.ItemType);
        if (pagination.RequestRequired)
        {
            // The request has required members (a path parameter, a required filter): only the caller can supply them.
            writer.WriteLine(Targeting.TargetCode.ThrowIfNull(context, "request"));
            writer.WriteLine("var first = request;");
        }
        else
        {
            writer.WriteLine($"var first = request ?? new {context.Qualified(operation.RequestTypeName)}();");
        }

        if (RequestEmitter.NeedsValidation(context, operation))
        {
            writer.WriteLine("first.Validate();");
        }

        writer.WriteLine($"return new {RuntimeTypes.Pageable}<{item}>(async (marker, pageCancellationToken) =>");
        using (writer.OpenBlock(");"))
        {
            writer.WriteLine("var token = pageCancellationToken.CanBeCanceled ? pageCancellationToken : cancellationToken;");
            writer.WriteLine($"var response = await {operation.MethodName}(first.WithMarker(marker ?? first.{pagination.MarkerMember}), token).ConfigureAwait(false);");
            writer.WriteLine("var page = response.Value;");
            writer.WriteLine($"var items = page.{pagination.ItemsMember};");
            writer.WriteLine($"return new {RuntimeTypes.Page}<{item}>(");
            writer.Indent();
            writer.WriteLine($"items is null ? global::System.Array.Empty<{item}>() : new global::System.Collections.Generic.List<{item}>(items),");
            writer.WriteLine($"page.{pagination.NextMarkerMember},");
            writer.WriteLine($"page.{pagination.IsTruncatedMember} ?? false,");
            writer.WriteLine("response);");
            writer.Unindent();
        }
    }

    private static string PagerSignature(EmitContext context, OperationSpec operation, PaginationSpec pagination)
    {
        var request = context.Qualified(operation.RequestTypeName);
        var parameter = pagination.RequestRequired ? $"{request} request" : $"{request}? request = null";
        return $"{RuntimeTypes.Pageable}<{context.Qualified(pagination.ItemType)}> {pagination.MethodName}({parameter}, {RuntimeTypes.CancellationToken} cancellationToken = default)";
    }

    private static void WritePagerDocs(SourceWriter writer, OperationSpec operation, PaginationSpec pagination)
    {
        XmlDoc.Summary(writer, $"Every item of {operation.Name}, fetching page after page as the enumeration goes (AsPages gives the pages).");
        writer.WriteLine($"/// <param name=\"request\">Filters and page size; its {XmlDoc.Escape(pagination.MarkerParameter)} is where the first page starts.</param>");
        writer.WriteLine("/// <param name=\"cancellationToken\">Cancels the enumeration when the enumerator gets no token of its own.</param>");
        writer.WriteLine("/// <returns>The items, lazily; enumerate with <c>await foreach</c>.</returns>");
    }
}
