using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace Bce.Generator.Tests.Infrastructure;

/// <summary>
/// Approved-file snapshots: <c>Snapshots/{name}.verified.cs.txt</c> holds the accepted text. A mismatch fails with a
/// line diff and writes <c>.received.cs.txt</c> beside it. Accepting is explicit: run the tests with
/// <c>UPDATE_SNAPSHOTS=1</c> (never on CI), then review the change in git.
/// </summary>
public static partial class Snapshot
{
    private static readonly string Directory = Path.Combine(
        typeof(Snapshot).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "ProjectDir").Value!,
        "Snapshots");

    public static void Verify(string name, string actual)
    {
        var scrubbed = Scrub(actual);
        var verifiedPath = Path.Combine(Directory, name + ".verified.cs.txt");
        var receivedPath = Path.Combine(Directory, name + ".received.cs.txt");
        var expected = File.Exists(verifiedPath) ? Normalize(File.ReadAllText(verifiedPath)) : null;
        if (expected == scrubbed)
        {
            File.Delete(receivedPath);
            return;
        }

        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1" && Environment.GetEnvironmentVariable("CI") is null or "")
        {
            File.WriteAllText(verifiedPath, scrubbed);
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, scrubbed);
        Assert.Fail(expected is null
            ? $"No approved snapshot {verifiedPath}. Review {receivedPath}; accept with UPDATE_SNAPSHOTS=1."
            : $"Snapshot {name} differs from the approved file (accept with UPDATE_SNAPSHOTS=1):\n{Diff(expected, scrubbed)}");
    }

    /// <summary>Line endings and the generator version must not make a snapshot differ between machines and builds.</summary>
    public static string Scrub(string text) =>
        GeneratedCodeVersion().Replace(Normalize(text), "GeneratedCode(\"Bce.Generator\", \"VERSION\")");

    private static string Normalize(string text) => text.Replace("\r\n", "\n");

    private static string Diff(string expected, string actual)
    {
        var diff = InlineDiffBuilder.Diff(expected, actual);
        var builder = new StringBuilder();
        var shown = 0;
        for (var i = 0; i < diff.Lines.Count && shown < 80; i++)
        {
            var line = diff.Lines[i];
            if (line.Type == ChangeType.Unchanged)
            {
                continue;
            }

            var marker = line.Type == ChangeType.Inserted ? "+ " : "- ";
            builder.Append(marker).Append(line.Position?.ToString() ?? "?").Append(": ").AppendLine(line.Text);
            shown++;
        }

        return builder.ToString();
    }

    [GeneratedRegex("GeneratedCode\\(\"Bce\\.Generator\", \"[^\"]*\"\\)")]
    private static partial Regex GeneratedCodeVersion();
}
