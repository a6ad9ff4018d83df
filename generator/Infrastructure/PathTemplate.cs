using System.Text.RegularExpressions;

namespace Bce.Generator.Infrastructure;

/// <summary>The <c>{name}</c> placeholders of an operation's path template, for the parser and the emitter alike.</summary>
internal static class PathTemplate
{
    /// <summary>One placeholder; group 1 is its name.</summary>
    public static readonly Regex Placeholder = new(@"\{([^{}/]*)\}", RegexOptions.CultureInvariant);
}
