using System.Diagnostics;
using System.Reflection;

namespace Bce.Generator.Tests.Packaging;

/// <summary>
/// Packs the generator and the runtime, then builds fresh consumer projects from those packages: what a user who
/// installs the NuGet packages gets (the generator loads with YamlDotNet beside it, the props apply, warnings are
/// errors, and a bad spec fails the build with a located diagnostic rather than CS8785).
/// </summary>
[Collection(DotnetProcessCollection.Name)]
public sealed class NuGetConsumerTests(NuGetConsumerTests.PackedFeed feed) : IClassFixture<NuGetConsumerTests.PackedFeed>
{
    private const string ValidSpec = """
        service: { name: Widget, namespace: Consumer.Widgets, apiVersion: v1, endpoint: "widget.{region}.example.com", defaultRegion: bj }
        operations:
          GetWidget:
            method: GET
            path: /widget/{widgetId}
            pathParameters: { widgetId: { type: string } }
            response: Widget
        types:
          Widget:
            properties:
              widgetId: { type: string, required: true }
              size: { type: int32 }
        """;

    [Fact]
    public void A_consumer_of_the_packages_generates_compiles_and_runs_the_client()
    {
        var project = feed.CreateConsumer("valid", ValidSpec, """
            using System.Text;
            using Bce.Runtime.Serialization;
            using Consumer.Widgets;

            var widget = BceJson.Deserialize<Widget>("{\"widgetId\":\"w-1\",\"size\":3,\"extra\":true}"u8);
            using var client = new WidgetClient(new Bce.Runtime.Credentials.BceCredentials("ak", "sk"));
            System.Console.WriteLine(Encoding.UTF8.GetString(BceJson.Serialize(widget)) + " " + WidgetClient.ServiceDescriptor.EndpointTemplate);
            """);

        var build = feed.Dotnet(project, "run");

        Assert.True(build.ExitCode == 0, build.Output);
        Assert.Contains("""{"widgetId":"w-1","size":3} widget.{region}.example.com""", build.Output);
    }

    [Fact]
    public void A_bad_spec_fails_the_consumer_build_with_a_located_diagnostic()
    {
        var project = feed.CreateConsumer("broken", ValidSpec.Replace("type: int32", "type: Gadget"), "System.Console.WriteLine();");

        var build = feed.Dotnet(project, "build");

        Assert.NotEqual(0, build.ExitCode);
        Assert.Matches(@"widget\.yaml\(12,\d+\): error BCE003", build.Output);
        Assert.DoesNotContain("CS8785", build.Output);
        Assert.DoesNotContain("CS8784", build.Output);
    }

    /// <summary>Packs once per test class into a temporary feed with a unique version, so no NuGet cache is stale.</summary>
    public sealed class PackedFeed : IDisposable
    {
        private readonly string _root = Path.Combine(Path.GetTempPath(), "bce-consumer-" + Guid.NewGuid().ToString("N")[..8]);
        private readonly string _version = "0.0.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmss");

        public PackedFeed()
        {
            var repo = Path.GetFullPath(Path.Combine(
                typeof(PackedFeed).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "ProjectDir").Value!,
                "..", ".."));
            Directory.CreateDirectory(Feed);
            foreach (var project in new[] { "generator/Bce.Generator.csproj", "runtime/Bce.Runtime/Bce.Runtime.csproj" })
            {
                // The test project already built both (Debug); packing must not rebuild them under a running test host.
                var pack = Run(repo, "pack", Path.Combine(repo, project), "--no-build", "--no-restore", "-c", Configuration, "-o", Feed, $"-p:PackageVersion={_version}");
                if (pack.ExitCode != 0)
                {
                    throw new InvalidOperationException("dotnet pack failed:\n" + pack.Output);
                }
            }

            File.WriteAllText(Path.Combine(_root, "nuget.config"), $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <add key="local" value="{Feed}" />
                  </packageSources>
                </configuration>
                """);
        }

        private static string Configuration =>
            typeof(PackedFeed).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

        private string Feed => Path.Combine(_root, "feed");

        public string CreateConsumer(string name, string spec, string program)
        {
            var directory = Path.Combine(_root, name);
            Directory.CreateDirectory(directory);
            File.WriteAllText(Path.Combine(directory, "widget.yaml"), spec);
            File.WriteAllText(Path.Combine(directory, "Program.cs"), program);
            File.WriteAllText(Path.Combine(directory, name + ".csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <OutputType>Exe</OutputType>
                    <TargetFramework>net10.0</TargetFramework>
                    <Nullable>enable</Nullable>
                    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
                    <UseSharedCompilation>false</UseSharedCompilation>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="Bce.Generator" Version="{_version}" PrivateAssets="all" />
                    <PackageReference Include="Bce.Runtime" Version="{_version}" />
                    <AdditionalFiles Include="widget.yaml" BceSpec="true" />
                  </ItemGroup>
                </Project>
                """);
            // Keep the repository's Directory.*.props (central versions, analyzers) away from the consumer.
            File.WriteAllText(Path.Combine(directory, "Directory.Build.props"), "<Project />");
            File.WriteAllText(Path.Combine(directory, "Directory.Packages.props"), "<Project />");
            return directory;
        }

        public (int ExitCode, string Output) Dotnet(string directory, string command) => Run(directory, command);

        public void Dispose()
        {
            // The unique test versions would otherwise pile up in the global package folder, run after run.
            var packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
                ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
            foreach (var folder in new[] { _root, Path.Combine(packages, "bce.generator", _version), Path.Combine(packages, "bce.runtime", _version) })
            {
                try
                {
                    if (Directory.Exists(folder))
                    {
                        Directory.Delete(folder, recursive: true);
                    }
                }
                catch (IOException)
                {
                    // A build server may still hold a file for a moment; a leftover folder is harmless.
                }
            }
        }

        private static (int ExitCode, string Output) Run(string directory, params string[] arguments)
        {
            var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
            {
                WorkingDirectory = directory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            // The test host's MSBuild variables would leak into the child build.
            foreach (var variable in new[] { "MSBuildExtensionsPath", "MSBUILD_EXE_PATH", "MSBuildSDKsPath", "MSBuildLoadMicrosoftTargetsReadOnly" })
            {
                start.Environment.Remove(variable);
            }

            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            start.Environment["DOTNET_NOLOGO"] = "1";
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(4)))
            {
                process.Kill(entireProcessTree: true);
                return (-1, "timed out\n" + output.Result + error.Result);
            }

            return (process.ExitCode, output.Result + error.Result);
        }
    }
}
