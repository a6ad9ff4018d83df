using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using Bce.Generator.Diagnostics;
using Bce.Generator.Infrastructure;
using Bce.Generator.Model;

namespace Bce.Generator.Parsing;

/// <summary>
/// The wire side of an operation: query parameters and their array style, header parameters, an array body, the
/// answer's shape, and the <see cref="OperationWire"/> the emitters print, built once from all of them.
/// </summary>
internal sealed partial class SpecParser
{
    private const string ArrayStyleKey = "arrayStyle";
    private const string HeaderNameKey = "header";

    /// <summary>Header names the runtime writes itself (the pipeline refuses them too, at run time).</summary>
    private static readonly string[] PipelineHeaders =
    {
        "authorization", "host", "content-length", "content-type", "user-agent", "if-match", "x-bce-date",
        "x-bce-request-id", "x-bce-security-token",
    };

    /// <summary>
    /// Query parameters with the style each is sent in. A scalar is one value; a list of scalars needs
    /// <c>arrayStyle</c> (<c>comma</c> or <c>repeated</c>); a type (or a list of types) has no query form.
    /// </summary>
    private List<QueryEntry> ParseQueryParameters(YamlNode node, string context, MemberNaming naming)
    {
        var styleNodes = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        var typeNodes = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        var filtered = WithoutKey(node, context, ArrayStyleKey, styleNodes, typeNodes);
        var result = new List<QueryEntry>();
        foreach (var parameter in ParseProperties(filtered, context, naming))
        {
            var where = $"{context}.{parameter.JsonName}";
            styleNodes.TryGetValue(parameter.JsonName, out var styleNode);
            var typeNode = typeNodes.TryGetValue(parameter.JsonName, out var found) ? found : node;
            if (IsQueryScalar(parameter.Type.Kind))
            {
                if (styleNode is not null)
                {
                    Report(DiagnosticDescriptors.InvalidQueryArray, styleNode, where, "arrayStyle applies to a list (type: \"string[]\"), and this parameter is one value");
                    continue;
                }

                result.Add(new QueryEntry(parameter.JsonName, QueryStyle.Value, parameter));
                continue;
            }

            if (parameter.Type.Kind != TypeKind.List || !IsQueryScalar(parameter.Type.ElementKind))
            {
                Report(DiagnosticDescriptors.InvalidValue, typeNode, where + ".type", "a query parameter is a string, number, boolean, timestamp or enum, or a list of one of those (types in a query are not supported)");
                continue;
            }

            var style = styleNode switch
            {
                null => (QueryStyle?)null,
                YamlScalar { Value: "comma" } => QueryStyle.Comma,
                YamlScalar { Value: "repeated" } => QueryStyle.Repeated,
                _ => null,
            };
            if (style is null)
            {
                Report(
                    DiagnosticDescriptors.InvalidQueryArray,
                    styleNode ?? typeNode,
                    where,
                    styleNode is null
                        ? "a list in a query needs arrayStyle: comma (?ids=a,b) or arrayStyle: repeated (?ip=a&ip=b)"
                        : $"arrayStyle is comma or repeated, not '{(styleNode as YamlScalar)?.Value ?? "a collection"}'");
                continue;
            }

            result.Add(new QueryEntry(parameter.JsonName, style.Value, parameter));
        }

        return result;
    }

    /// <summary>Members sent as HTTP headers: one value each, under a header name that is an HTTP token and not the pipeline's.</summary>
    private List<HeaderEntry> ParseHeaderParameters(YamlNode node, string context, MemberNaming naming)
    {
        var nameNodes = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        var typeNodes = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        var filtered = WithoutKey(node, context, HeaderNameKey, nameNodes, typeNodes);
        var headers = new List<HeaderEntry>();
        var wireNames = new NameScope();
        foreach (var parameter in ParseProperties(filtered, context, naming))
        {
            var where = $"{context}.{parameter.JsonName}";
            var typeNode = typeNodes.TryGetValue(parameter.JsonName, out var foundType) ? foundType : node;
            if (!IsQueryScalar(parameter.Type.Kind))
            {
                Report(DiagnosticDescriptors.InvalidHeaderParameter, typeNode, where, "a header holds one string, number, boolean, timestamp or enum value");
                continue;
            }

            // Without a header key the member's name is the header's; problems with the name are reported where it is written.
            var nameNode = nameNodes.TryGetValue(parameter.JsonName, out var foundName) ? foundName : null;
            var wireName = nameNode is null ? parameter.JsonName : (nameNode as YamlScalar)?.Value ?? string.Empty;
            var at = nameNode ?? typeNode;
            if (!IsHttpToken(wireName))
            {
                Report(DiagnosticDescriptors.InvalidHeaderParameter, at, where, $"'{wireName}' is not an HTTP header name (letters, digits and !#$%&'*+-.^_`|~)");
                continue;
            }

            if (Array.IndexOf(PipelineHeaders, wireName.ToLowerInvariant()) >= 0)
            {
                Report(DiagnosticDescriptors.InvalidHeaderParameter, at, where, $"the runtime writes {wireName} itself");
                continue;
            }

            if (!wireNames.TryClaim(wireName, parameter.JsonName, out var first))
            {
                Report(DiagnosticDescriptors.InvalidHeaderParameter, at, where, $"the header {wireName} is already sent for '{first}' (names ignore case)");
                continue;
            }

            headers.Add(new HeaderEntry(wireName, parameter));
        }

        return headers;
    }

    /// <summary>An array body: one member, a list, whose value is the whole body (always required: there is nothing else to send).</summary>
    private PropertySpec? ParseArrayBody(YamlNode node, string context, string operation, MemberNaming naming)
    {
        var members = ParseProperties(node, context, naming);
        if (members.Count != 1 || members[0].Type.Kind != TypeKind.List)
        {
            Report(DiagnosticDescriptors.InvalidArrayBody, node, operation, "arrayBody holds exactly one member, a list (rules: { type: \"Rule[]\" })");
            return null;
        }

        return members[0] with { Required = true };
    }

    /// <summary>
    /// <c>response: T</c>, <c>response: "T[]"</c> or <c>response: { type: T or "T[]", wrapper: w }</c>: a model (or a
    /// list of models) under types, bare or under one property of the answer object.
    /// </summary>
    private AnswerShape? ParseResponse(YamlNode node, string operation, string context)
    {
        YamlNode typeNode = node;
        var wrapper = string.Empty;
        if (node is YamlMapping)
        {
            var fields = ReadMapping(node, context, "type", "wrapper");
            if (fields is null || Require(fields, "type", node, context) is not { } required)
            {
                return null;
            }

            typeNode = required;
            if (fields.TryGetValue("wrapper", out var wrapperEntry))
            {
                wrapper = wrapperEntry.Value is YamlScalar scalar ? scalar.Value : string.Empty;
                if (wrapper.Length == 0 || !CSharpLiteral.IsWellFormed(wrapper))
                {
                    Report(DiagnosticDescriptors.InvalidResponse, wrapperEntry.Value, operation, "a wrapper is the non-empty JSON name of the property that holds the answer");
                    return null;
                }
            }
        }

        if (typeNode is not YamlScalar { Value.Length: > 0 } typeScalar)
        {
            Report(DiagnosticDescriptors.UnexpectedNode, typeNode, context + ".type", "non-empty scalar");
            return null;
        }

        var text = typeScalar.Value.Trim();
        var isList = text.EndsWith("[]", StringComparison.Ordinal);
        var name = isList ? text.Substring(0, text.Length - 2) : text;
        if (_symbols.ModelTypeName(name) is { } typeName)
        {
            return new AnswerShape(isList ? AnswerKind.List : AnswerKind.Model, typeName, wrapper);
        }

        if (_symbols.Find(name) is { IsEnum: true } || (name.Length > 0 && char.IsLower(name[0])) || name.EndsWith("[]", StringComparison.Ordinal))
        {
            Report(DiagnosticDescriptors.InvalidResponse, typeScalar, operation, $"'{text}' is not a type under 'types' or a list of one (an answer is a JSON object or an array of objects)");
            return null;
        }

        Report(DiagnosticDescriptors.UnknownTypeReference, typeScalar, text);
        return null;
    }

    /// <summary>
    /// The path with its API version prefix, as literal pieces and parameters (adjacent text merged), ready to print.
    /// </summary>
    private static EquatableArray<PathSegment> PathSegments(string apiVersion, string template, EquatableArray<PropertySpec> parameters)
    {
        var segments = new List<PathSegment>();
        var pending = "/" + apiVersion;
        var position = 0;
        foreach (Match match in PathTemplate.Placeholder.Matches(template))
        {
            pending += template.Substring(position, match.Index - position);
            position = match.Index + match.Length;
            if (parameters.Find(match.Groups[1].Value) is not { } parameter)
            {
                continue;
            }

            if (pending.Length > 0)
            {
                segments.Add(new PathSegment(pending, null));
            }

            pending = string.Empty;
            segments.Add(new PathSegment(string.Empty, parameter));
        }

        pending += template.Substring(position);
        if (pending.Length > 0)
        {
            segments.Add(new PathSegment(pending, null));
        }

        return segments.ToEquatableArray();
    }

    private static bool IsQueryScalar(TypeKind kind) =>
        kind is TypeKind.String or TypeKind.Int32 or TypeKind.Int64 or TypeKind.Float or TypeKind.Double or TypeKind.Boolean or TypeKind.Timestamp or TypeKind.Enum;

    private static bool IsHttpToken(string name)
    {
        foreach (var c in name)
        {
            var ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "!#$%&'*+-.^_`|~".IndexOf(c) >= 0;
            if (!ok)
            {
                return false;
            }
        }

        return name.Length > 0;
    }

    /// <summary>
    /// The section with one wire-only key (<c>arrayStyle</c>, <c>header</c>) taken out of every member, so the shared
    /// property reader sees only property keys; the taken values and each member's <c>type</c> node are recorded by
    /// member name for diagnostics. A typo of the key is an error here (BCE012): the property reader does not know the
    /// key, so it would only warn, and the member would silently travel another way.
    /// </summary>
    private YamlNode WithoutKey(YamlNode node, string context, string key, Dictionary<string, YamlNode> taken, Dictionary<string, YamlNode> typeNodes)
    {
        if (node is not YamlMapping section)
        {
            return node;
        }

        var members = new List<KeyValuePair<YamlScalar, YamlNode>>(section.Entries.Count);
        foreach (var member in section.Entries)
        {
            if (member.Value is not YamlMapping fields)
            {
                members.Add(member);
                continue;
            }

            var kept = new List<KeyValuePair<YamlScalar, YamlNode>>(fields.Entries.Count);
            foreach (var field in fields.Entries)
            {
                if (field.Key.Value == key)
                {
                    taken[member.Key.Value] = field.Value;
                    continue;
                }

                if (EditDistance.ClosestMatch(field.Key.Value, new[] { key }) is not null)
                {
                    Report(DiagnosticDescriptors.MisspelledKey, field.Key, field.Key.Value, $"{context}.{member.Key.Value}", key);
                    continue;
                }

                if (field.Key.Value == "type")
                {
                    typeNodes[member.Key.Value] = field.Value;
                }

                kept.Add(field);
            }

            members.Add(new KeyValuePair<YamlScalar, YamlNode>(member.Key, new YamlMapping(kept, fields.Start, fields.End)));
        }

        return new YamlMapping(members, section.Start, section.End);
    }
}
