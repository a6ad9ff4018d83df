using System;
using System.Collections.Generic;
using System.Text;

namespace Bce.Generator.Infrastructure;

/// <summary>
/// The one identifier policy: how spec names become C# names. The parser applies it once and stores the result in the
/// model (types, members, parameters, methods); emitters print those names and never derive their own.
/// </summary>
internal static class Identifiers
{
    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const",
        "continue", "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern",
        "false", "finally", "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface",
        "internal", "is", "lock", "long", "namespace", "new", "null", "object", "operator", "out", "override",
        "params", "private", "protected", "public", "readonly", "ref", "return", "sbyte", "sealed", "short",
        "sizeof", "stackalloc", "static", "string", "struct", "switch", "this", "throw", "true", "try", "typeof",
        "uint", "ulong", "unchecked", "unsafe", "ushort", "using", "virtual", "void", "volatile", "while",
        "__arglist", "__makeref", "__reftype", "__refvalue",
    };

    /// <summary>Contextual keywords (and the discard): legal in some places, a trap in others, so always escaped.</summary>
    private static readonly HashSet<string> ContextualKeywords = new(StringComparer.Ordinal)
    {
        "_", "add", "alias", "allows", "and", "args", "ascending", "async", "await", "by", "descending", "dynamic",
        "equals", "extension", "field", "file", "from", "get", "global", "group", "init", "into", "join", "let",
        "managed", "nameof", "nint", "not", "notnull", "nuint", "on", "or", "orderby", "partial", "record", "remove",
        "required", "scoped", "select", "set", "unmanaged", "value", "var", "when", "where", "with", "yield",
    };

    /// <summary>Members every type inherits from <see cref="object"/>: a member of that name would hide one (CS0108).</summary>
    public static readonly HashSet<string> ObjectMembers = new HashSet<string>(StringComparer.Ordinal)
    {
        "Equals", "GetHashCode", "ToString", "GetType", "MemberwiseClone", "Finalize", "ReferenceEquals",
    };

    /// <summary><c>peer_conn-id.x</c> → <c>PeerConnIdX</c>; a leading digit gets an underscore in front.</summary>
    public static string ToPascalCase(string name)
    {
        var builder = new StringBuilder(name.Length);
        var upperNext = true;
        foreach (var c in name)
        {
            // Underscores, dashes and dots separate words: consult_failed → ConsultFailed.
            if (!char.IsLetterOrDigit(c))
            {
                upperNext = true;
                continue;
            }

            builder.Append(upperNext ? char.ToUpperInvariant(c) : c);
            upperNext = false;
        }

        if (builder.Length == 0 || !IsIdentifierStart(builder[0]))
        {
            builder.Insert(0, '_');
        }

        return builder.ToString();
    }

    /// <summary>
    /// The C# name of a type (or of a method's stem): PascalCase, so <c>var</c>, <c>record</c> or <c>file</c> become
    /// <c>Var</c>, <c>Record</c>, <c>File</c>, and no type name is all lower case (CS8981). Null when no letter survives.
    /// </summary>
    public static string? TypeName(string name)
    {
        var pascal = ToPascalCase(name);
        foreach (var c in pascal)
        {
            if (char.IsLetter(c))
            {
                return pascal;
            }
        }

        return null;
    }

    /// <summary>
    /// The C# name of a member: PascalCase, moved aside with <paramref name="suffix"/> when it would be the enclosing
    /// type's name (CS0542), hide an inherited member (CS0108), or take the name of a member the generator writes itself.
    /// </summary>
    public static string MemberName(string name, string enclosingType, IEnumerable<string> generatedMembers, string suffix = "Value")
    {
        var member = ToPascalCase(name);
        return member == enclosingType || ObjectMembers.Contains(member) || Contains(generatedMembers, member)
            ? member + suffix
            : member;
    }

    /// <summary>camelCase for parameters, escaped with <c>@</c> when it is a keyword or contextual keyword.</summary>
    public static string ToCamelCase(string name)
    {
        var pascal = ToPascalCase(name);
        var camel = pascal[0] == '_' ? pascal : char.ToLowerInvariant(pascal[0]) + pascal.Substring(1);
        return Escape(camel);
    }

    /// <summary><c>@</c> in front of a keyword or contextual keyword, so it can stand anywhere an identifier can.</summary>
    public static string Escape(string identifier) =>
        Keywords.Contains(identifier) || ContextualKeywords.Contains(identifier) ? "@" + identifier : identifier;

    /// <summary>A namespace as C# text: each segment escaped (<c>Acme.@record</c>).</summary>
    public static string EscapeNamespace(string name)
    {
        var parts = name.Split('.');
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = Escape(parts[i]);
        }

        return string.Join(".", parts);
    }

    public static bool IsValidIdentifier(string name)
    {
        if (name.Length == 0 || !IsIdentifierStart(name[0]) || Keywords.Contains(name))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!IsIdentifierPart(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A JSON name can become a member when at least one character survives <see cref="ToPascalCase"/>; and, since it is
    /// also written as a UTF-8 literal, it must be well-formed UTF-16 (no lone surrogate).
    /// </summary>
    public static bool IsValidJsonMemberName(string name) => HasLetterOrDigit(name) && CSharpLiteral.IsWellFormed(name);

    /// <summary>Namespace segments are identifiers; keywords among them are escaped when printed, not refused.</summary>
    public static bool IsValidNamespace(string name)
    {
        foreach (var part in name.Split('.'))
        {
            if (part.Length == 0 || !IsIdentifierStart(part[0]))
            {
                return false;
            }

            foreach (var c in part)
            {
                if (!IsIdentifierPart(c))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static bool Contains(IEnumerable<string> names, string name)
    {
        foreach (var candidate in names)
        {
            if (candidate == name)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasLetterOrDigit(string name)
    {
        foreach (var c in name)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsIdentifierStart(char c) => char.IsLetter(c) || c == '_';

    private static bool IsIdentifierPart(char c) => char.IsLetterOrDigit(c) || c == '_';
}
