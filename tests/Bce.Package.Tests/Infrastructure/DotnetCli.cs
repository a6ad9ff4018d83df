using System.Diagnostics;

namespace Bce.Package.Tests.Infrastructure;

/// <summary>
/// Runs the <c>dotnet</c> command line as a user would, in a folder outside the repository. The test host's own MSBuild
/// variables are removed (they would leak this build into the child), build servers are off (a server would keep a
/// stale generator loaded and outlive the test), and the package folder is the feed's isolated one.
/// </summary>
internal static class DotnetCli
{
    private static readonly string[] LeakingVariables =
    [
        "MSBuildExtensionsPath", "MSBUILD_EXE_PATH", "MSBuildSDKsPath", "MSBuildLoadMicrosoftTargetsReadOnly",
        "MSBUILDNOINPROCNODE", "VSTEST_HOST_DEBUG", "DOTNET_HOST_PATH",
    ];

    public static string Executable => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    public static CommandResult Run(string directory, string? packagesFolder, params string[] arguments) =>
        RunProgram(Executable, directory, packagesFolder, TimeSpan.FromMinutes(6), arguments);

    public static CommandResult RunProgram(string program, string directory, string? packagesFolder, TimeSpan timeout, params string[] arguments)
    {
        var start = CreateStartInfo(program, directory, packagesFolder, arguments);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            return new CommandResult(-1, $"timed out after {timeout}: {program} {string.Join(' ', arguments)}\n{output.Result}{error.Result}");
        }

        return new CommandResult(process.ExitCode, output.Result + error.Result);
    }

    public static ProcessStartInfo CreateStartInfo(string program, string directory, string? packagesFolder, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var variable in LeakingVariables)
        {
            start.Environment.Remove(variable);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["UseSharedCompilation"] = "false";
        if (packagesFolder is not null)
        {
            start.Environment["NUGET_PACKAGES"] = packagesFolder;
        }

        return start;
    }
}

/// <summary>What a command printed (standard output, then standard error) and how it ended.</summary>
public sealed record CommandResult(int ExitCode, string Output)
{
    public override string ToString() => $"exit {ExitCode}\n{Output}";
}
