using Bce.Runtime.Credentials;
using Microsoft.Extensions.Time.Testing;

namespace Bce.Runtime.Tests.Credentials;

/// <summary>
/// A temporary home directory with a fake environment and clock, so credential-file tests never see the real
/// <c>~/.bce</c> or the process environment. Deleted on dispose.
/// </summary>
public sealed class CredentialHome : IDisposable
{
    private static readonly DateTime FirstWrite = new(2025, 1, 15, 8, 0, 0, DateTimeKind.Utc);
    private int _writes;

    public CredentialHome()
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("bce-home-").FullName;
        System.IO.Directory.CreateDirectory(Path.Combine(Directory, ".bce"));
    }

    public string Directory { get; }

    public Dictionary<string, string> Environment { get; } = new(StringComparer.Ordinal);

    public FakeTimeProvider Time { get; } = new(TestKeys.Epoch);

    public string CliConfigPath => Path.Combine(Directory, ".bce", "config.json");

    public string LegacyPath => Path.Combine(Directory, ".bce", "credentials");

    public BceCredentialSourceOptions Options(string? profile = null) => new()
    {
        Profile = profile,
        HomeDirectory = Directory,
        GetEnvironmentVariable = name => Environment.GetValueOrDefault(name),
        TimeProvider = Time,
    };

    public void WriteCliConfig(string json) => Write(CliConfigPath, json);

    public void WriteLegacy(string ini) => Write(LegacyPath, ini);

    /// <summary>
    /// Writes the file and moves its last-write time one minute on per write, so a rewrite is detectable even on file
    /// systems with coarse timestamps.
    /// </summary>
    public void Write(string path, string text)
    {
        File.WriteAllText(path, text);
        File.SetLastWriteTimeUtc(path, FirstWrite.AddMinutes(++_writes));
    }

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);

    /// <summary>A config.json with one profile per entry, as <c>bce configure set</c> writes it.</summary>
    public static string CliConfig(string current, params (string Name, string Mode, string Ak, string Sk, string? Token)[] profiles)
    {
        var entries = profiles.Select(p =>
            $$"""
                {
                  "name": "{{p.Name}}",
                  "mode": "{{p.Mode}}",
                  "access_key_id": "{{p.Ak}}",
                  "secret_access_key": "{{p.Sk}}",{{(p.Token is null ? string.Empty : $"\n      \"security_token\": \"{p.Token}\",")}}
                  "region": "bj"
                }
            """);
        return $$"""
            {
              "current": "{{current}}",
              "profiles": [
            {{string.Join(",\n", entries)}}
              ]
            }
            """;
    }
}
