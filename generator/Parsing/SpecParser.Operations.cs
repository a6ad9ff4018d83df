using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using Bce.Generator.Diagnostics;
using Bce.Generator.Infrastructure;
using Bce.Generator.Model;

namespace Bce.Generator.Parsing;

/// <summary>Operations: method, path template, parameters, body, response and pagination.</summary>
internal sealed partial class SpecParser
{
    private static readonly string[] Methods = { "GET", "POST", "PUT", "DELETE", "PATCH", "HEAD" };

    private EquatableArray<OperationSpec> ParseOperations(YamlNode node)
    {
        var entries = ReadMapping(node, "operations", DiagnosticDescriptors.DuplicateOperation);
        if (entries is null)
        {
            return EquatableArray<OperationSpec>.Empty;
        }

        var operations = new List<OperationSpec>();
        var methodNames = new Dictionary<string, string>(StringComparer.Ordinal);
        var routes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in entries.Ordered)
        {
            var operation = ParseOperation(entry.Key, entry.Value);
            if (operation is null)
            {
                continue;
            }

            // Two names that become one C# method, or two operations on one wire route, are the same operation twice.
            var methodName = Identifiers.ToPascalCase(operation.Name);
            if (methodNames.TryGetValue(methodName, out var first))
            {
                Report(DiagnosticDescriptors.DuplicateOperation, entry.Key, operation.Name, $" (as '{first}')");
                continue;
            }

            var route = $"{operation.Method} {PathTemplate.Placeholder.Replace(operation.Path, "{}")}?{operation.Action}";
            if (routes.TryGetValue(route, out var sameRoute))
            {
                Report(DiagnosticDescriptors.DuplicateOperation, entry.Key, operation.Name, $" (same method, path and action as '{sameRoute}')");
                continue;
            }

            methodNames.Add(methodName, operation.Name);
            routes.Add(route, operation.Name);
            operations.Add(operation);
        }

        return operations.ToEquatableArray();
    }

    private OperationSpec? ParseOperation(YamlScalar key, YamlNode node)
    {
        var name = key.Value;
        var context = $"operation '{name}'";
        if (!Identifiers.IsValidIdentifier(name))
        {
            Report(DiagnosticDescriptors.InvalidValue, key, "operations", $"'{name}' is not a valid C# identifier");
            return null;
        }

        var fields = ReadMapping(
            node, context, "summary", "description", "method", "path", "action", "idempotent", "pathParameters", "query",
            "body", "response", "pagination", "emptyBodyIsNotFound");
        if (fields is null)
        {
            return null;
        }

        var method = RequireString(fields, "method", key, context)?.ToUpperInvariant();
        if (method is not null && Array.IndexOf(Methods, method) < 0)
        {
            Report(DiagnosticDescriptors.InvalidValue, fields["method"].Value, context + ".method", $"'{method}' is not one of {string.Join(", ", Methods)}");
            method = null;
        }

        var path = RequireString(fields, "path", key, context);
        var pathParameters = fields.TryGetValue("pathParameters", out var pathEntry)
            ? ParseProperties(pathEntry.Value, context + ".pathParameters")
            : EquatableArray<PropertySpec>.Empty;
        var declared = pathEntry.Value is YamlMapping declaredMapping ? declaredMapping.Entries : null;
        var orderedPathParameters = path is null ? pathParameters : CheckPath(path, fields["path"].Value, pathParameters, declared, name, context);
        var query = fields.TryGetValue("query", out var queryEntry)
            ? ParseProperties(queryEntry.Value, context + ".query")
            : EquatableArray<PropertySpec>.Empty;
        var body = fields.TryGetValue("body", out var bodyEntry)
            ? ParseProperties(bodyEntry.Value, context + ".body")
            : EquatableArray<PropertySpec>.Empty;
        CheckMemberCollisions(key, name, orderedPathParameters, query, body);

        var response = OptionalString(fields, "response") ?? string.Empty;
        if (response.Length > 0 && !_modelNames.ContainsKey(response))
        {
            Report(DiagnosticDescriptors.UnknownTypeReference, fields["response"].Value, response);
            response = string.Empty;
        }

        var pagination = fields.TryGetValue("pagination", out var paginationEntry)
            ? ParsePagination(paginationEntry.Value, name, query, response, context)
            : null;
        var action = OptionalString(fields, "action") ?? string.Empty;
        if (method is null || path is null)
        {
            return null;
        }

        return new OperationSpec(
            name,
            OptionalString(fields, "summary") ?? string.Empty,
            OptionalString(fields, "description") ?? string.Empty,
            method,
            path,
            action,
            OptionalBool(fields, "idempotent", context) ?? false,
            orderedPathParameters,
            query,
            body,
            response,
            pagination,
            OptionalBool(fields, "emptyBodyIsNotFound", context) ?? false);
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

            if (definition.Type.Kind is TypeKind.Model or TypeKind.List)
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

    /// <summary>Path, query and body members all become properties of one request class.</summary>
    private void CheckMemberCollisions(YamlScalar key, string operation, params EquatableArray<PropertySpec>[] groups)
    {
        var names = new HashSet<string>(StringComparer.Ordinal) { "ClientToken", "IfMatch" };
        foreach (var group in groups)
        {
            foreach (var member in group)
            {
                if (!names.Add(Identifiers.ToPascalCase(member.JsonName)))
                {
                    Report(DiagnosticDescriptors.DuplicateName, key, $"{operation} request member '{member.JsonName}'");
                }
            }
        }
    }

    private PaginationSpec? ParsePagination(YamlNode node, string operation, EquatableArray<PropertySpec> query, string response, string owner)
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

        if (query.Find(marker) is not { Type.Kind: TypeKind.String })
        {
            Report(DiagnosticDescriptors.InvalidValue, fields["marker"].Value, context + ".marker", $"'{marker}' is not a string query parameter of {operation}");
        }

        if (response.Length == 0)
        {
            Report(DiagnosticDescriptors.MissingRequiredKey, node, owner, "response");
            return null;
        }

        var model = FindModelProperties(response);
        CheckPaginationProperty(model, items, TypeKind.List, fields["items"].Value, context + ".items", response);
        CheckPaginationProperty(model, nextMarker, TypeKind.String, fields["nextMarker"].Value, context + ".nextMarker", response);
        CheckPaginationProperty(model, isTruncated, TypeKind.Boolean, fields["isTruncated"].Value, context + ".isTruncated", response);
        if (!Identifiers.IsValidIdentifier(pagerName))
        {
            Report(DiagnosticDescriptors.InvalidValue, fields["pagerName"].Value, context + ".pagerName", $"'{pagerName}' is not a valid C# identifier");
        }

        return new PaginationSpec(items, marker, nextMarker, isTruncated, pagerName);
    }

    private void CheckPaginationProperty(EquatableArray<PropertySpec>? model, string name, TypeKind kind, YamlNode node, string context, string response)
    {
        if (model is null)
        {
            return;
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
        }
    }

    /// <summary>
    /// The properties of a response type, parsed on demand so pagination can be checked wherever the type is defined.
    /// Null when the type did not parse (its own diagnostics say why).
    /// </summary>
    private EquatableArray<PropertySpec>? FindModelProperties(string name)
    {
        if (!_modelNames.ContainsKey(name) || _parsedModels is null)
        {
            return null;
        }

        foreach (var model in _parsedModels)
        {
            if (model.Name == name)
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
