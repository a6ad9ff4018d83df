namespace Bce.Generator.Model;

/// <summary>Marker pagination of a list operation, named by JSON property and query parameter, with the C# names the pager uses.</summary>
/// <param name="ItemsProperty">Response property holding the page's items.</param>
/// <param name="MarkerParameter">Query parameter that says where a page starts (optional, a string).</param>
/// <param name="NextMarkerProperty">Response property with the next page's marker.</param>
/// <param name="IsTruncatedProperty">Response property saying whether more pages follow.</param>
/// <param name="MethodName">The generated auto-paging method, e.g. <c>ListAllPeerConnsAsync</c>.</param>
/// <param name="ItemType">The C# type name of one item.</param>
/// <param name="ItemsMember">C# member of <see cref="ItemsProperty"/>.</param>
/// <param name="MarkerMember">C# member of <see cref="MarkerParameter"/> on the request.</param>
/// <param name="NextMarkerMember">C# member of <see cref="NextMarkerProperty"/>.</param>
/// <param name="IsTruncatedMember">C# member of <see cref="IsTruncatedProperty"/>.</param>
/// <param name="RequestRequired">
/// The request has required members (a path parameter, a required filter), so the pager cannot make one up and the
/// caller must pass it.
/// </param>
internal sealed record PaginationSpec(
    string ItemsProperty,
    string MarkerParameter,
    string NextMarkerProperty,
    string IsTruncatedProperty,
    string MethodName,
    string ItemType,
    string ItemsMember,
    string MarkerMember,
    string NextMarkerMember,
    string IsTruncatedMember,
    bool RequestRequired);
