using System.Text.RegularExpressions;

namespace Bce.Generator.Tests.Infrastructure;

/// <summary>Generated hint names are <c>{Service}.{Type}.{8 hex digits of the spec path's hash}.g.cs</c>.</summary>
public static partial class GeneratedNames
{
    /// <summary>The hint name without its path hash: <c>PeerConn.PeerConnClient</c>.</summary>
    public static string WithoutHash(string hintName) => PathHash().Replace(hintName, string.Empty);

    /// <summary>Whether a hint name is the file of <paramref name="serviceDotType"/> (e.g. <c>PeerConn.PeerConnClient</c>).</summary>
    public static bool Is(string hintName, string serviceDotType) => WithoutHash(hintName) == serviceDotType;

    [GeneratedRegex(@"\.[0-9a-f]{8}\.g\.cs$")]
    private static partial Regex PathHash();
}
