namespace Bce.Generator.Emitting;

/// <summary>Project-wide options from MSBuild (<c>build_property.*</c>), reduced to what the emitter uses.</summary>
internal sealed record GeneratorOptions(string? Namespace);
