#if !NET
using System.Text.RegularExpressions;

namespace System.Text.RegularExpressions
{
    /// <summary>
    /// netstandard2.0 has no regex source generator; this attribute only lets <c>SecretScrubber</c>'s declarations read
    /// the same on both targets. The bodies below construct the same patterns with the same options at run time.
    /// </summary>
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
    internal sealed class GeneratedRegexAttribute(string pattern, RegexOptions options) : Attribute
    {
        public string Pattern { get; } = pattern;

        public RegexOptions Options { get; } = options;
    }
}

namespace Bce.Runtime.Errors
{
    /// <summary>The netstandard2.0 bodies of <see cref="SecretScrubber"/>'s generated regexes: built once, compiled.</summary>
    internal static partial class SecretScrubber
    {
        private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.Compiled;

        private static readonly Regex s_secretJsonMember = new(SecretJsonMemberPattern, Options | RegexOptions.IgnoreCase);
        private static readonly Regex s_secretHeaderLine = new(SecretHeaderLinePattern, Options | RegexOptions.IgnoreCase);
        private static readonly Regex s_authString = new(AuthStringPattern, Options | RegexOptions.IgnoreCase);
        private static readonly Regex s_hexRun = new(HexRunPattern, Options);

        private static partial Regex SecretJsonMember() => s_secretJsonMember;

        private static partial Regex SecretHeaderLine() => s_secretHeaderLine;

        private static partial Regex AuthString() => s_authString;

        private static partial Regex HexRun() => s_hexRun;
    }
}
#endif
