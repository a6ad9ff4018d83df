namespace Bce.Generator.Tests.Packaging;

/// <summary>
/// Tests that start <c>dotnet pack</c>, <c>build</c> or <c>publish</c> share restore outputs (obj/project.assets.json of
/// the runtime and the generator), so they run one at a time.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class DotnetProcessCollection
{
    public const string Name = "dotnet processes";
}
