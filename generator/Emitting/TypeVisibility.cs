namespace Bce.Generator.Emitting;

/// <summary>
/// The accessibility of every generated type (<c>BceClientVisibility</c>): <c>public</c> by default, <c>internal</c>
/// for a library that wraps the client and must not expose it.
/// </summary>
internal static class TypeVisibility
{
    public const string Default = "public";

    /// <summary>The C# keyword for an option value (case and surrounding spaces ignored); false for anything else.</summary>
    public static bool TryGetKeyword(string value, out string keyword)
    {
        switch (value.Trim().ToUpperInvariant())
        {
            case "PUBLIC":
                keyword = "public";
                return true;
            case "INTERNAL":
                keyword = "internal";
                return true;
            default:
                keyword = Default;
                return false;
        }
    }
}
