using Bce.Emulator;
using Bce.Runtime.Credentials;
using Microsoft.Extensions.DependencyInjection;

namespace PeerConn.Client.Tests.DependencyInjection;

/// <summary>
/// A temporary home directory with its own <c>.bce/config.json</c> and an empty environment, handed to every
/// registration's credential chain through <see cref="BceCredentialSourceOptions"/>: these tests never read the real
/// <c>~/.bce</c> nor the process's <c>BCE_*</c> variables. Deleted on dispose.
/// </summary>
public sealed class TemporaryHome : IDisposable
{
    public TemporaryHome()
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("bce-di-home-").FullName;
        System.IO.Directory.CreateDirectory(Path.Combine(Directory, ".bce"));
    }

    public string Directory { get; }

    public Dictionary<string, string> Environment { get; } = new(StringComparer.Ordinal);

    public string CliConfigPath => Path.Combine(Directory, ".bce", "config.json");

    /// <summary>Points every registration's credential files and environment here.</summary>
    public void Use(IServiceCollection services) => services.ConfigureAll<BceCredentialSourceOptions>(options =>
    {
        options.HomeDirectory = Directory;
        options.GetEnvironmentVariable = name => Environment.GetValueOrDefault(name);
    });

    /// <summary>A BCE CLI config.json whose profiles are the given emulator accounts, as <c>bce configure set</c> writes it.</summary>
    public void WriteProfiles(string current, params (string Name, EmulatorAccount Account)[] profiles)
    {
        var entries = profiles.Select(p => $$"""
            { "name": "{{p.Name}}", "mode": "AK", "access_key_id": "{{p.Account.AccessKeyId}}", "secret_access_key": "{{p.Account.SecretAccessKey}}", "region": "bj" }
            """);
        File.WriteAllText(CliConfigPath, $$"""{ "current": "{{current}}", "profiles": [ {{string.Join(", ", entries)}} ] }""");
    }

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
