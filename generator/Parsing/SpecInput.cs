namespace Bce.Generator.Parsing;

/// <summary>
/// A spec file that opted in, as plain strings: the path, the text and the per-file options (namespace, visibility;
/// null when unset). Equal inputs mean the parse step can be skipped.
/// </summary>
internal sealed record SpecInput(string Path, string Text, string? NamespaceOverride, string? VisibilityOverride)
{
    /// <summary>The operations the project keeps of this spec (<c>Operations</c> metadata); null keeps them all.</summary>
    public Selecting.OperationSelection? Selection { get; init; }
}
