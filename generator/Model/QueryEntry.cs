namespace Bce.Generator.Model;

/// <summary>How a query entry goes on the wire.</summary>
internal enum QueryStyle
{
    /// <summary>A bare action flag, <c>?resize</c> (signed as <c>resize=</c>).</summary>
    Flag,

    /// <summary>One value, <c>?marker=m</c>.</summary>
    Value,

    /// <summary>A list joined by commas into one value, <c>?vpcIds=a,b</c>.</summary>
    Comma,

    /// <summary>A list sent as the key once per element, <c>?ip=a&amp;ip=b</c>.</summary>
    Repeated,
}

/// <summary>One query entry of an operation.</summary>
/// <param name="Name">The query key on the wire.</param>
/// <param name="Style">How its value is written.</param>
/// <param name="Parameter">The request member that holds the value; null for a flag.</param>
internal sealed record QueryEntry(string Name, QueryStyle Style, PropertySpec? Parameter);
