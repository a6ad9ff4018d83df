namespace Bce.Package.Tests.Infrastructure;

/// <summary>
/// Every package of the repository, packed once per test run the way README's "Install" section does
/// (<c>dotnet pack Generated.sln -o FEED</c>), with a unique version so no NuGet cache can serve a stale copy, and an
/// isolated package folder so nothing installed on this machine takes part. Removed again at the end of the run.
/// </summary>
public sealed class PackageFeed : IDisposable
{
    public PackageFeed()
    {
        Root = Path.Combine(Path.GetTempPath(), "bce-package-tests-" + Guid.NewGuid().ToString("N")[..8]);
        Version = $"0.0.0-test.{DateTime.UtcNow:yyyyMMddHHmmss}.{Random.Shared.Next(1000, 9999)}";
        Directory.CreateDirectory(Folder);
        Directory.CreateDirectory(PackagesFolder);

        // The test run built the solution already; packing must not rebuild it under a running test host.
        var pack = DotnetCli.Run(Repository.Root, packagesFolder: null,
            "pack", Repository.SolutionFile, "--no-build", "--no-restore", "-c", Repository.Configuration, "-o", Folder,
            $"-p:PackageVersion={Version}");
        if (pack.ExitCode != 0)
        {
            throw new InvalidOperationException("dotnet pack of the solution failed:\n" + pack);
        }

        // The feed first; the machine's own package folder as a read-only source for third-party packages (Polly,
        // the NativeAOT compiler...) so the isolated folder fills without the network; the machine's configured
        // sources stay behind both.
        File.WriteAllText(Path.Combine(Root, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="bce-test-feed" value="{Folder}" />
                <add key="machine-packages" value="{MachinePackagesFolder}" />
              </packageSources>
            </configuration>
            """);
    }

    /// <summary>The temporary folder every consumer project of this run lives under.</summary>
    public string Root { get; }

    /// <summary>The version every package of this run carries.</summary>
    public string Version { get; }

    /// <summary>The folder feed the packages were written to.</summary>
    public string Folder => Path.Combine(Root, "feed");

    /// <summary>The isolated NuGet package folder (NUGET_PACKAGES) of every restore in this run.</summary>
    public string PackagesFolder => Path.Combine(Root, "packages");

    private static string MachinePackagesFolder =>
        Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } folder
            ? folder
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");

    /// <summary>The path of a package of this run, e.g. <c>Bce.Runtime</c> → <c>feed/Bce.Runtime.{version}.nupkg</c>.</summary>
    public string PackagePath(string id, string extension = "nupkg") => Path.Combine(Folder, $"{id}.{Version}.{extension}");

    /// <summary>Runs <c>dotnet</c> in a folder of this run, restoring into the isolated package folder.</summary>
    public CommandResult Dotnet(string directory, params string[] arguments) => DotnetCli.Run(directory, PackagesFolder, arguments);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A process that was just killed may hold a file for a moment; a leftover temp folder is harmless.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}

/// <summary>The package tests share one feed and run one at a time: each starts builds that load both cores.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class PackageFeedCollection : ICollectionFixture<PackageFeed>
{
    public const string Name = "package feed";
}
