using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Bce.Generator.Diagnostics;
using Bce.Generator.Infrastructure;
using Bce.Generator.Model;

namespace Bce.Generator.Parsing;

/// <summary>Operations: method, path template, parameters, body, response and pagination (their wire details: SpecParser.Wire.cs).</summary>
internal sealed partial class SpecParser
{
    private static readonly string[] Methods = { "GET", "POST", "PUT", "DELETE", "PATCH", "HEAD" };

    /// <summary>Members a request's generated code declares besides its path, query and body members.</summary>
    private static readonly string[] RequestMembers = { "Validate", "WriteBody", "WithMarker" };

    /// <summary>At most this many plain values make a shorthand overload.</summary>
    private const int MaxShorthandParameters = 3;

    private EquatableArray<OperationSpec> ParseOperations(YamlNode node, EquatableArray<ModelSpec> models, NameScope clientMethods, string serviceApiVersion)
    {
        var entries = ReadMapping(node, "operations", DiagnosticDescriptors.DuplicateOperation);
        if (entries is null)
        {
            return EquatableArray<OperationSpec>.Empty;
        }

        var operations = new List<OperationSpec>();
        var pagers = new List<KeyValuePair<OperationSpec, YamlNode>>();
        var routes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in entries.Ordered)
        {
            var operation = ParseOperation(entry.Key, entry.Value, models, serviceApiVersion, out var pagerNode);
            if (operation is null)
            {
                continue;
            }

            // Two names that become one C# method (ignoring case: their request classes would be one file), or two
            // operations on one wire route, are the same operation twice.
            if (!clientMethods.TryClaim(operation.MethodName, operation.Name, out var first))
            {
                Report(DiagnosticDescriptors.DuplicateOperation, entry.Key, operation.Name, $" (as '{first}')");
                continue;
            }

            var route = $"{operation.Method} /{operation.ApiVersion}{PathTemplate.Placeholder.Replace(operation.Path, "{}")}?{operation.Action}";
            if (routes.TryGetValue(route, out var sameRoute))
            {
                Report(DiagnosticDescriptors.DuplicateOperation, entry.Key, operation.Name, $" (same method, path and action as '{sameRoute}')");
                continue;
            }

            routes.Add(route, operation.Name);
            operations.Add(operation);
            if (pagerNode is not null && operation.Pagination is not null)
            {
                pagers.Add(new KeyValuePair<OperationSpec, YamlNode>(operation, pagerNode));
            }
        }

        // Pagers after every operation: a pager may not take the name of any operation's method, its own included.
        foreach (var pager in pagers)
        {
            var method = pager.Key.Pagination!.MethodName;
            if (!clientMethods.TryClaim(method, $"the pager of {pager.Key.Name}", out var owner))
            {
                Report(DiagnosticDescriptors.DuplicateName, pager.Value, $"{pager.Key.Name}.pagination.pagerName (the client method {method} is the one of {owner})");
            }
        }

        return operations.ToEquatableArray();
    }

    private OperationSpec? ParseOperation(YamlScalar key, YamlNode node, EquatableArray<ModelSpec> models, string serviceApiVersion, out YamlNode? pagerNode)
    {
        pagerNode = null;
        var name = key.Value;
        var context = $"operation '{name}'";
        if (!Identifiers.IsValidIdentifier(name))
        {
            Report(DiagnosticDescriptors.InvalidValue, key, "operations", $"'{name}' is not a valid C# identifier");
            return null;
        }

        var csharpName = RequireTypeName(name, key, "operations");
        var fields = ReadMapping(
            node, context, "summary", "description", "method", "path", "apiVersion", "action", "idempotent", "pathParameters",
            "query", "headers", "body", "arrayBody", "response", "pagination", "emptyBodyIsNotFound");
        if (fields is null || csharpName is null)
        {
            return null;
        }

        var method = RequireString(fields, "method", key, context)?.ToUpperInvariant();
        if (method is not null && Array.IndexOf(Methods, method) < 0)
        {
            Report(DiagnosticDescriptors.InvalidValue, fields["method"].Value, context + ".method", $"'{method}' is not one of {string.Join(", ", Methods)}");
            method = null;
        }

        var apiVersion = serviceApiVersion;
        if (OptionalString(fields, "apiVersion") is { } ownVersion)
        {
            // The same rule as the service's apiVersion: a prefix is plain path text.
            var problem = ownVersion.Trim('/').Length == 0
                ? "the path prefix is empty"
                : FindUrlBreaker(ownVersion, allowPlaceholders: false) is { } bad ? $"the path prefix cannot contain {bad}" : null;
            if (problem is not null)
            {
                Report(DiagnosticDescriptors.InvalidValue, fields["apiVersion"].Value, context + ".apiVersion", problem);
            }
            else
            {
                apiVersion = ownVersion.Trim('/');
            }
        }

        // Path, query, header and body members all become properties of one request class.
        var naming = new MemberNaming(csharpName + "Request", RequestMembers, new NameScope());
        naming.Taken.TryClaim("ClientToken", "the idempotency token", out _);
        naming.Taken.TryClaim("IfMatch", "the If-Match precondition", out _);
        var path = RequireString(fields, "path", key, context);
        var pathParameters = fields.TryGetValue("pathParameters", out var pathEntry)
            ? ParseProperties(pathEntry.Value, context + ".pathParameters", naming)
            : EquatableArray<PropertySpec>.Empty;
        var declared = pathEntry.Value is YamlMapping declaredMapping ? declaredMapping.Entries : null;
        var orderedPathParameters = path is null ? pathParameters : CheckPath(path, fields["path"].Value, pathParameters, declared, name, context);
        var query = fields.TryGetValue("query", out var queryEntry)
            ? ParseQueryParameters(queryEntry.Value, context + ".query", naming)
            : new List<QueryEntry>();
        var headers = fields.TryGetValue("headers", out var headersEntry)
            ? ParseHeaderParameters(headersEntry.Value, context + ".headers", naming)
            : new List<HeaderEntry>();
        var body = ParseBody(fields, context, name, naming);

        var answer = AnswerShape.None;
        if (fields.TryGetValue("response", out var responseEntry))
        {
            answer = ParseResponse(responseEntry.Value, name, context + ".response") ?? AnswerShape.None;
        }

        var queryMembers = query.Select(static entry => entry.Parameter!).ToList().ToEquatableArray();
        var headerMembers = headers.Select(static header => header.Parameter).ToList().ToEquatableArray();
        var hasRequiredMembers = HasRequired(orderedPathParameters) || HasRequired(queryMembers) || HasRequired(headerMembers) || HasRequired(body.Members);
        PaginationSpec? pagination = null;
        if (fields.TryGetValue("pagination", out var paginationEntry))
        {
            if (answer.Kind == AnswerKind.List)
            {
                Report(DiagnosticDescriptors.InvalidResponse, paginationEntry.Key, name, "a paginated answer is an object holding the page (its items, marker and isTruncated), not an array");
            }
            else
            {
                pagination = ParsePagination(paginationEntry.Value, name, queryMembers, answer.TypeName, models, hasRequiredMembers, context);
            }

            pagerNode = paginationEntry.Value is YamlMapping map && FindKey(map, "pagerName") is { } pagerKey
                ? pagerKey
                : paginationEntry.Key;
        }

        var action = OptionalString(fields, "action") ?? string.Empty;
        if (method is null || path is null)
        {
            return null;
        }

        var wire = new OperationWire(
            PathSegments(apiVersion, path, orderedPathParameters),
            QueryEntries(action, query),
            headers.ToEquatableArray(),
            body,
            answer);
        return new OperationSpec(
            name,
            csharpName,
            OptionalString(fields, "summary") ?? string.Empty,
            OptionalString(fields, "description") ?? string.Empty,
            method,
            path,
            action,
            OptionalBool(fields, "idempotent", context) ?? false,
            orderedPathParameters,
            queryMembers,
            headerMembers,
            apiVersion,
            wire,
            pagination,
            OptionalBool(fields, "emptyBodyIsNotFound", context) ?? false,
            ShorthandParameters(orderedPathParameters, queryMembers, headerMembers, body.Members));
    }

    /// <summary><c>body</c> (an object of members) or <c>arrayBody</c> (one list member that is the whole body), not both.</summary>
    private RequestBody ParseBody(MappingEntries fields, string context, string operation, MemberNaming naming)
    {
        var hasObject = fields.TryGetValue("body", out var bodyEntry);
        var hasArray = fields.TryGetValue("arrayBody", out var arrayEntry);
        if (hasObject && hasArray)
        {
            Report(DiagnosticDescriptors.InvalidArrayBody, arrayEntry.Key, operation, "an operation has either body (an object) or arrayBody (an array), not both");
            return RequestBody.None;
        }

        if (hasArray)
        {
            return ParseArrayBody(arrayEntry.Value, context + ".arrayBody", operation, naming) is { } member
                ? new RequestBody(RequestBodyKind.Array, new List<PropertySpec> { member }.ToEquatableArray())
                : RequestBody.None;
        }

        var members = hasObject ? ParseProperties(bodyEntry.Value, context + ".body", naming) : EquatableArray<PropertySpec>.Empty;
        return members.IsEmpty ? RequestBody.None : new RequestBody(RequestBodyKind.Object, members);
    }

    /// <summary>The action flag first (as BCE documents it, <c>?resize&amp;clientToken=…</c>), then the parameters in spec order.</summary>
    private static EquatableArray<QueryEntry> QueryEntries(string action, List<QueryEntry> parameters) =>
        (action.Length > 0 ? parameters.Prepend(new QueryEntry(action, QueryStyle.Flag, null)).ToList() : parameters).ToEquatableArray();

    private static bool HasRequired(EquatableArray<PropertySpec> members)
    {
        foreach (var member in members)
        {
            if (member.Required)
            {
                return true;
            }
        }

        return false;
    }

    private static YamlScalar? FindKey(YamlMapping mapping, string key)
    {
        foreach (var entry in mapping.Entries)
        {
            if (entry.Key.Value == key)
            {
                return entry.Key;
            }
        }

        return null;
    }

    /// <summary>
    /// The members of a shorthand overload (<c>DeletePeerConnAsync(id)</c>), required first (C# wants optional ones
    /// last): required path, query, header and body members plus optional query and header values, for operations whose inputs are at
    /// most three plain values (headers count as query values). A model, a list, a timestamp or an optional body member (an update, say, means nothing
    /// without them) keeps the request object only; so do parameter names equal ignoring case.
    /// </summary>
    private static EquatableArray<PropertySpec> ShorthandParameters(
        EquatableArray<PropertySpec> path, EquatableArray<PropertySpec> query, EquatableArray<PropertySpec> headers, EquatableArray<PropertySpec> body)
    {
        var required = new List<PropertySpec>();
        var optional = new List<PropertySpec>();
        var names = new NameScope();
        var groups = new[] { path, query, headers, body };
        for (var g = 0; g < groups.Length; g++)
        {
            var isPath = g == 0;
            var isBody = g == 3;
            foreach (var member in groups[g])
            {
                if (!member.Required && isBody)
                {
                    return EquatableArray<PropertySpec>.Empty;
                }

                if (!member.Required && isPath)
                {
                    continue;
                }

                if (member.Type.Kind is TypeKind.Model or TypeKind.List or TypeKind.Map or TypeKind.Timestamp
                    || !names.TryClaim(member.ParameterName.TrimStart('@'), member.JsonName, out _))
                {
                    return EquatableArray<PropertySpec>.Empty;
                }

                (member.Required ? required : optional).Add(member);
            }
        }

        required.AddRange(optional);
        return required.Count is > 0 and <= MaxShorthandParameters && required[0].Required
            ? required.ToEquatableArray()
            : EquatableArray<PropertySpec>.Empty;
    }

    /// <summary>Every <c>{placeholder}</c> needs a definition and every definition a placeholder; returns them in path order.</summary>
    private EquatableArray<PropertySpec> CheckPath(
        string path,
        YamlNode pathNode,
        EquatableArray<PropertySpec> parameters,
        List<KeyValuePair<YamlScalar, YamlNode>>? declared,
        string operation,
        string context)
    {
        if (!path.StartsWith("/", StringComparison.Ordinal))
        {
            Report(DiagnosticDescriptors.InvalidValue, pathNode, context + ".path", "a path starts with '/'");
        }

        if (FindUrlBreaker(path, allowPlaceholders: true) is { } bad)
        {
            Report(DiagnosticDescriptors.InvalidValue, pathNode, context + ".path", $"a path cannot contain {bad}");
        }
        else if (PathTemplate.Placeholder.Replace(path, string.Empty).IndexOfAny(new[] { '{', '}' }) >= 0)
        {
            Report(DiagnosticDescriptors.InvalidValue, pathNode, context + ".path", "a brace that does not close a {placeholder}");
        }

        var ordered = new List<PropertySpec>();
        foreach (Match match in PathTemplate.Placeholder.Matches(path))
        {
            var placeholder = match.Groups[1].Value;
            var definition = parameters.Find(placeholder);
            if (definition is null)
            {
                // Declared but unusable (a bad type, say) already has its own diagnostic; do not claim it is missing.
                if (!IsDeclared(declared, placeholder))
                {
                    Report(DiagnosticDescriptors.UndefinedPathParameter, pathNode, placeholder, operation);
                }

                continue;
            }

            if (definition.Type.Kind is TypeKind.Model or TypeKind.List or TypeKind.Map)
            {
                Report(DiagnosticDescriptors.InvalidValue, pathNode, $"{context}.pathParameters.{placeholder}", "a path parameter must be a string, number or enum");
                continue;
            }

            ordered.Add(definition with { Required = true });
        }

        foreach (var parameter in parameters)
        {
            if (ordered.Find(parameter.JsonName) is null && !path.Contains("{" + parameter.JsonName + "}"))
            {
                Report(DiagnosticDescriptors.InvalidValue, pathNode, $"{context}.pathParameters.{parameter.JsonName}", "the path has no such placeholder");
            }
        }

        return ordered.ToEquatableArray();
    }

    private PaginationSpec? ParsePagination(
        YamlNode node,
        string operation,
        EquatableArray<PropertySpec> query,
        string response,
        EquatableArray<ModelSpec> models,
        bool requestRequired,
        string owner)
    {
        var context = owner + ".pagination";
        var fields = ReadMapping(node, context, "items", "marker", "nextMarker", "isTruncated", "pagerName");
        if (fields is null)
        {
            return null;
        }

        var items = RequireString(fields, "items", node, context);
        var marker = RequireString(fields, "marker", node, context);
        var nextMarker = RequireString(fields, "nextMarker", node, context);
        var isTruncated = RequireString(fields, "isTruncated", node, context);
        var pagerName = OptionalString(fields, "pagerName") ?? operation + "All";
        if (items is null || marker is null || nextMarker is null || isTruncated is null)
        {
            return null;
        }

        // The first page has no marker, so the marker cannot be required.
        var markerParameter = query.Find(marker);
        if (markerParameter is not { Type.Kind: TypeKind.String, Required: false })
        {
            Report(DiagnosticDescriptors.InvalidValue, fields["marker"].Value, context + ".marker", $"'{marker}' is not an optional string query parameter of {operation}");
        }

        if (response.Length == 0)
        {
            Report(DiagnosticDescriptors.MissingRequiredKey, node, owner, "response");
            return null;
        }

        var model = FindModelProperties(models, response);
        var itemsProperty = CheckPaginationProperty(model, items, TypeKind.List, fields["items"].Value, context + ".items", response);
        var nextMarkerProperty = CheckPaginationProperty(model, nextMarker, TypeKind.String, fields["nextMarker"].Value, context + ".nextMarker", response);
        var isTruncatedProperty = CheckPaginationProperty(model, isTruncated, TypeKind.Boolean, fields["isTruncated"].Value, context + ".isTruncated", response);
        var pagerTypeName = Identifiers.IsValidIdentifier(pagerName) ? Identifiers.TypeName(pagerName) : null;
        if (pagerTypeName is null)
        {
            Report(DiagnosticDescriptors.InvalidValue, fields.TryGetValue("pagerName", out var pagerEntry) ? pagerEntry.Value : node, context + ".pagerName", $"'{pagerName}' is not a valid C# identifier");
        }

        return new PaginationSpec(
            items,
            marker,
            nextMarker,
            isTruncated,
            (pagerTypeName ?? string.Empty) + "Async",
            itemsProperty?.Type.Name ?? string.Empty,
            itemsProperty?.MemberName ?? string.Empty,
            markerParameter?.MemberName ?? string.Empty,
            nextMarkerProperty?.MemberName ?? string.Empty,
            isTruncatedProperty?.MemberName ?? string.Empty,
            requestRequired);
    }

    private PropertySpec? CheckPaginationProperty(EquatableArray<PropertySpec>? model, string name, TypeKind kind, YamlNode node, string context, string response)
    {
        if (model is null)
        {
            return null;
        }

        var property = model.Value.Find(name);
        var ok = property is not null && property.Type.Kind == kind && (kind != TypeKind.List || property.Type.ElementKind == TypeKind.Model);
        if (!ok)
        {
            var expected = kind switch
            {
                TypeKind.List => "a list of a type",
                TypeKind.Boolean => "a boolean",
                _ => "a string",
            };
            Report(DiagnosticDescriptors.InvalidValue, node, context, $"'{name}' must be {expected} property of {response}");
            return null;
        }

        return property;
    }

    /// <summary>The properties of a parsed model by its C# name; null when it did not parse (its own diagnostics say why).</summary>
    private static EquatableArray<PropertySpec>? FindModelProperties(EquatableArray<ModelSpec> models, string typeName)
    {
        foreach (var model in models)
        {
            if (model.Name == typeName)
            {
                return model.Properties;
            }
        }

        return null;
    }

    private static bool IsDeclared(List<KeyValuePair<YamlScalar, YamlNode>>? declared, string name)
    {
        if (declared is null)
        {
            return false;
        }

        foreach (var entry in declared)
        {
            if (entry.Key.Value == name)
            {
                return true;
            }
        }

        return false;
    }
}
