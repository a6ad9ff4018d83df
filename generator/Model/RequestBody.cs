using Bce.Generator.Infrastructure;

namespace Bce.Generator.Model;

/// <summary>What an operation's JSON body is.</summary>
internal enum RequestBodyKind
{
    /// <summary>No body is sent.</summary>
    None,

    /// <summary>A JSON object of the body members.</summary>
    Object,

    /// <summary>The value of one member is the whole body (a JSON array).</summary>
    Array,
}

/// <summary>The JSON body of a request.</summary>
/// <param name="Kind">What the body is.</param>
/// <param name="Members">The members written: the object's properties, or the one member that is the array.</param>
internal sealed record RequestBody(RequestBodyKind Kind, EquatableArray<PropertySpec> Members)
{
    public static readonly RequestBody None = new(RequestBodyKind.None, EquatableArray<PropertySpec>.Empty);
}
