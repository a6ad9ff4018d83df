using System.Reflection;

namespace Bce.Package.Tests.Infrastructure;

/// <summary>Where this repository is and how it was built (recorded by the project file at build time).</summary>
internal static class Repository
{
    public static string Root { get; } = Metadata("RepositoryRoot");

    /// <summary>The configuration the solution was built in; packing reuses that build instead of rebuilding.</summary>
    public static string Configuration { get; } = Metadata("Configuration");

    public static string SolutionFile => Path.Combine(Root, "Generated.sln");

    private static string Metadata(string key) =>
        typeof(Repository).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
}
