using System.Reflection;
using System.Runtime.InteropServices;
using System.Text;

namespace Bce.Runtime.Pipeline;

/// <summary>Builds <c>bce-sdk-dotnet-gen/{version} ({runtime}; {os}) {applicationId}</c>.</summary>
internal static class UserAgent
{
    /// <summary>The product token every BCE request from this runtime carries.</summary>
    public const string Product = "bce-sdk-dotnet-gen";

    private static readonly string Base = BuildBase();

    public static string Build(string? applicationId) =>
        string.IsNullOrEmpty(applicationId) ? Base : $"{Base} {applicationId}";

    /// <summary>Whether an application id can go into the User-Agent unchanged.</summary>
    public static bool IsValidApplicationId(string applicationId) =>
        applicationId.Length is > 0 and <= 64 && applicationId.All(static c => c is > ' ' and <= '~' and not '(' and not ')');

    private static string BuildBase()
    {
        var assembly = typeof(UserAgent).Assembly;
        var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? assembly.GetName().Version?.ToString()
            ?? "0.0.0";
        // Drop the "+commit" build metadata: it changes every build and says nothing to the service.
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        if (plus >= 0)
        {
            version = version[..plus];
        }

        return $"{Product}/{Sanitize(version)} ({Sanitize(RuntimeInformation.FrameworkDescription)}; {Sanitize(RuntimeInformation.OSDescription)})";
    }

    // Header values must be printable ASCII, and parentheses would end the comment early.
    private static string Sanitize(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value.Trim())
        {
            builder.Append(c is >= ' ' and <= '~' and not '(' and not ')' ? c : '_');
        }

        return builder.ToString();
    }
}
