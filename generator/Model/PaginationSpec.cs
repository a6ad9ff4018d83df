namespace Bce.Generator.Model;

/// <summary>Marker pagination of a list operation, named by JSON property and query parameter.</summary>
/// <param name="ItemsProperty">Response property holding the page's items.</param>
/// <param name="MarkerParameter">Query parameter that says where a page starts.</param>
/// <param name="NextMarkerProperty">Response property with the next page's marker.</param>
/// <param name="IsTruncatedProperty">Response property saying whether more pages follow.</param>
/// <param name="PagerName">Name of the generated auto-paging method (without the Async suffix).</param>
internal sealed record PaginationSpec(
    string ItemsProperty,
    string MarkerParameter,
    string NextMarkerProperty,
    string IsTruncatedProperty,
    string PagerName);
