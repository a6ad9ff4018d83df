namespace Bce.Generator.Model;

/// <summary>A piece of an operation's path: literal text (already a valid path) or a parameter escaped as one segment.</summary>
/// <param name="Literal">The text, when <paramref name="Parameter"/> is null.</param>
/// <param name="Parameter">The path parameter whose value fills this piece.</param>
internal sealed record PathSegment(string Literal, PropertySpec? Parameter);
