namespace Bce.Package.Tests.Infrastructure;

/// <summary>
/// A fresh console project outside the solution, as a newcomer creates it: one PackageReference to Bce.Runtime,
/// BceApi items naming the APIs, warnings as errors. Nothing of the repository's build settings reaches it.
/// </summary>
internal sealed class ConsumerProject
{
    private readonly PackageFeed _feed;

    private ConsumerProject(PackageFeed feed, string name)
    {
        _feed = feed;
        Name = name;
        Directory = Path.Combine(feed.Root, name);
    }

    public string Name { get; }

    public string Directory { get; }

    /// <summary>
    /// Creates the project. <paramref name="items"/> is the ItemGroup body (BceApi items); <paramref name="packageReference"/>
    /// replaces the default one-line PackageReference when a test needs another form; <paramref name="targetFramework"/>
    /// is <c>net10.0</c> unless a test builds for another (<c>net472</c>).
    /// </summary>
    public static ConsumerProject Create(
        PackageFeed feed, string name, string items, string program, string? packageReference = null, string properties = "", string targetFramework = "net10.0")
    {
        var project = new ConsumerProject(feed, name);
        System.IO.Directory.CreateDirectory(project.Directory);
        packageReference ??= $"""<PackageReference Include="Bce.Runtime" Version="{feed.Version}" />""";
        project.Write(name + ".csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>{targetFramework}</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
            {properties}
              </PropertyGroup>
              <ItemGroup>
                {packageReference}
            {items}
              </ItemGroup>
            </Project>
            """);
        project.Write("Program.cs", program);

        // A temp folder has no Directory.*.props above it, but a machine's could; keep the consumer self-contained.
        project.Write("Directory.Build.props", "<Project />");
        project.Write("Directory.Build.targets", "<Project />");
        project.Write("Directory.Packages.props", "<Project />");
        return project;
    }

    public void Write(string relativePath, string text)
    {
        var path = Path.Combine(Directory, relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    public CommandResult Dotnet(params string[] arguments) => _feed.Dotnet(Directory, arguments);
}
