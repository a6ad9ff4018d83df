using Bce.Generator.Infrastructure;

namespace Bce.Generator.Model;

/// <summary>A JSON property of a model or request body, or a path or query parameter.</summary>
/// <param name="JsonName">The name on the wire.</param>
/// <param name="MemberName">The C# property (unique in its type, ignoring case; never a name the generator uses itself).</param>
/// <param name="ParameterName">The C# parameter of a shorthand overload (camelCase, <c>@</c>-escaped when needed).</param>
/// <param name="Type">The resolved type.</param>
/// <param name="Required">Whether a request must carry it and an answer must hold it (reading stays lenient; the check comes after).</param>
/// <param name="Description">Documentation from the spec.</param>
/// <param name="Aliases">Other names accepted when reading (e.g. a documented typo the service may send).</param>
/// <param name="Minimum">Inclusive lower bound checked before sending, for numbers.</param>
/// <param name="Maximum">Inclusive upper bound checked before sending, for numbers.</param>
internal sealed record PropertySpec(
    string JsonName,
    string MemberName,
    string ParameterName,
    TypeRef Type,
    bool Required,
    string Description,
    EquatableArray<string> Aliases,
    long? Minimum,
    long? Maximum)
{
    /// <summary>Inclusive lower bound of a string's length (<c>string.Length</c>) checked before sending.</summary>
    public int? MinLength { get; init; }

    /// <summary>Inclusive upper bound of a string's length (<c>string.Length</c>) checked before sending.</summary>
    public int? MaxLength { get; init; }

    /// <summary>A .NET regular expression a string must match (anywhere, unless anchored) before it is sent.</summary>
    public string? Pattern { get; init; }

    /// <summary>An int32 or int64 that travels as a JSON string (<c>"121"</c>); read from a string or a number.</summary>
    public bool NumberAsString { get; init; }
}
