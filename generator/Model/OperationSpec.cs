using System.Collections.Generic;
using Bce.Generator.Infrastructure;

namespace Bce.Generator.Model;

/// <summary>One API operation: how to call it on the wire and what it answers.</summary>
/// <param name="Name">Operation name as the spec spells it, e.g. CreatePeerConn (also the name the runtime logs).</param>
/// <param name="CSharpName">The C# stem of the method and request class (PascalCase, unique ignoring case).</param>
/// <param name="Summary">One-line documentation.</param>
/// <param name="Description">Longer documentation (may be empty).</param>
/// <param name="Method">HTTP method in upper case.</param>
/// <param name="Path">Path template relative to the API version prefix, e.g. <c>/peerconn/{peerConnId}</c>.</param>
/// <param name="Action">A bare query flag that selects the action (<c>?accept</c>), or empty.</param>
/// <param name="Idempotent">Whether the call carries a clientToken reused by every retry.</param>
/// <param name="PathParameters">Parameters substituted into <see cref="Path"/>, in template order.</param>
/// <param name="QueryParameters">Query parameters.</param>
/// <param name="HeaderParameters">Members sent as HTTP headers.</param>
/// <param name="ApiVersion">The path prefix of this operation: its own <c>apiVersion</c>, else the service's.</param>
/// <param name="Wire">How the call travels: path, query, headers, body and answer, as the client sends and reads them.</param>
/// <param name="Pagination">Marker pagination, when this is a list operation.</param>
/// <param name="EmptyBodyIsNotFound">Whether a 2xx answer with an empty body means the resource is gone.</param>
/// <param name="ShorthandParameters">
/// The members that become parameters of the shorthand overload (required first), or empty when there is none.
/// </param>
internal sealed record OperationSpec(
    string Name,
    string CSharpName,
    string Summary,
    string Description,
    string Method,
    string Path,
    string Action,
    bool Idempotent,
    EquatableArray<PropertySpec> PathParameters,
    EquatableArray<PropertySpec> QueryParameters,
    EquatableArray<PropertySpec> HeaderParameters,
    string ApiVersion,
    OperationWire Wire,
    PaginationSpec? Pagination,
    bool EmptyBodyIsNotFound,
    EquatableArray<PropertySpec> ShorthandParameters)
{
    /// <summary>Every member of the request: path, query, header and body, in that order.</summary>
    public IEnumerable<PropertySpec> RequestMembers
    {
        get
        {
            foreach (var member in PathParameters)
            {
                yield return member;
            }

            foreach (var member in QueryParameters)
            {
                yield return member;
            }

            foreach (var member in HeaderParameters)
            {
                yield return member;
            }

            foreach (var member in Wire.Body.Members)
            {
                yield return member;
            }
        }
    }

    /// <summary>The model the answer holds (of its elements, for a list), or empty when the answer is not read.</summary>
    public string ResponseType => Wire.Answer.TypeName;

    /// <summary>The client method, e.g. <c>CreatePeerConnAsync</c>.</summary>
    public string MethodName => CSharpName + "Async";

    /// <summary>The input class, e.g. <c>CreatePeerConnRequest</c>.</summary>
    public string RequestTypeName => CSharpName + "Request";

    /// <summary>Whether the call changes something (it then takes If-Match).</summary>
    public bool IsMutating => Method is not ("GET" or "HEAD");
}
