using System;
using System.Collections.Generic;
using Bce.Generator.Diagnostics;
using Bce.Generator.Infrastructure;
using Bce.Generator.Model;

namespace Bce.Generator.Parsing;

/// <summary>Waiters: which read operation to poll, which property to watch, and its success and failure values.</summary>
internal sealed partial class SpecParser
{
    private EquatableArray<WaiterSpec> ParseWaiters(
        YamlNode node,
        EquatableArray<OperationSpec> operations,
        EquatableArray<ModelSpec> models,
        EquatableArray<EnumSpec> enums,
        NameScope clientMethods)
    {
        var entries = ReadMapping(node, "waiters");
        if (entries is null)
        {
            return EquatableArray<WaiterSpec>.Empty;
        }

        var waiters = new List<WaiterSpec>();
        foreach (var entry in entries.Ordered)
        {
            var waiter = ParseWaiter(entry.Key, entry.Value, operations, models, enums);
            if (waiter is null)
            {
                continue;
            }

            if (!clientMethods.TryClaim(waiter.MethodName, $"waiter {waiter.Name}", out var owner))
            {
                Report(DiagnosticDescriptors.DuplicateName, entry.Key, $"waiter {waiter.Name} (the client method {waiter.MethodName} is the one of {owner})");
                continue;
            }

            waiters.Add(waiter);
        }

        return waiters.ToEquatableArray();
    }

    private WaiterSpec? ParseWaiter(
        YamlScalar key,
        YamlNode node,
        EquatableArray<OperationSpec> operations,
        EquatableArray<ModelSpec> models,
        EquatableArray<EnumSpec> enums)
    {
        var name = key.Value;
        var context = $"waiter '{name}'";
        if (!Identifiers.IsValidIdentifier(name))
        {
            Report(DiagnosticDescriptors.InvalidValue, key, "waiters", $"'{name}' is not a valid C# identifier");
            return null;
        }

        var typeName = RequireTypeName(name, key, "waiters");
        var fields = ReadMapping(node, context, "summary", "operation", "property", "success", "failure");
        if (fields is null || typeName is null)
        {
            return null;
        }

        var operationName = RequireString(fields, "operation", key, context);
        var propertyName = RequireString(fields, "property", key, context);
        if (Require(fields, "success", key, context) is null || operationName is null || propertyName is null)
        {
            return null;
        }

        var success = OptionalStringList(fields, "success", context + ".success");
        var failure = OptionalStringList(fields, "failure", context + ".failure");
        if (success.IsEmpty)
        {
            Report(DiagnosticDescriptors.InvalidValue, fields["success"].Value, context + ".success", "a waiter needs at least one success value");
            return null;
        }

        var operation = FindOperation(operations, operationName);
        if (operation is null || operation.Wire.Answer.Kind != AnswerKind.Model || operation.Method != "GET")
        {
            Report(DiagnosticDescriptors.InvalidValue, fields["operation"].Value, context + ".operation", $"'{operationName}' is not a GET operation answering one object");
            return null;
        }

        var watched = FindWatchedProperty(models, operation.ResponseType, propertyName, fields["property"].Value, context + ".property");
        if (watched is null)
        {
            return null;
        }

        var (property, memberPath) = watched.Value;

        if (property.Type.Kind == TypeKind.Enum)
        {
            CheckEnumValues(enums, property.Type.Name, success, fields["success"].Value, context + ".success");
            CheckEnumValues(enums, property.Type.Name, failure, fields.TryGetValue("failure", out var failureEntry) ? failureEntry.Value : key, context + ".failure");
        }

        return new WaiterSpec(
            name,
            "WaitUntil" + typeName + "Async",
            OptionalString(fields, "summary") ?? string.Empty,
            operation.Name,
            propertyName,
            memberPath,
            property.Type.Kind == TypeKind.Enum,
            success,
            failure);
    }

    /// <summary>
    /// The watched property: a string or enum property of the answer, or of an object inside it reached by a dotted
    /// path of JSON names (<c>endpoint.state</c>; every step but the last an object, not a list or map, since a waiter
    /// watches one value). Returns it with the C# member path that reads it null-safely (<c>Endpoint?.State</c>).
    /// </summary>
    private (PropertySpec Property, string MemberPath)? FindWatchedProperty(
        EquatableArray<ModelSpec> models, string responseType, string path, YamlNode node, string context)
    {
        // A JSON name may itself hold a dot: a property so named is taken as it is before the path is split.
        var segments = FindModelProperties(models, responseType)?.Find(path) is not null ? new[] { path } : path.Split('.');
        var typeName = responseType;
        var members = new List<string>();
        for (var i = 0; i < segments.Length; i++)
        {
            var property = FindModelProperties(models, typeName)?.Find(segments[i]);
            var last = i == segments.Length - 1;
            if (property is null)
            {
                Report(DiagnosticDescriptors.InvalidValue, node, context, $"'{segments[i]}' is not a property of {typeName} (in '{path}')");
                return null;
            }

            members.Add(property.MemberName);
            if (last && property.Type.Kind is not (TypeKind.String or TypeKind.Enum))
            {
                Report(DiagnosticDescriptors.InvalidValue, node, context, $"'{path}' is not a string or enum property of {responseType}");
                return null;
            }

            if (!last && property.Type.Kind != TypeKind.Model)
            {
                Report(DiagnosticDescriptors.InvalidValue, node, context, $"'{segments[i]}' in '{path}' is not an object property of {typeName}: a waiter watches one value, so the path goes through objects only (no list or map)");
                return null;
            }

            if (last)
            {
                return (property, string.Join("?.", members));
            }

            typeName = property.Type.Name;
        }

        return null;
    }

    /// <summary>A value the enum does not know would make the waiter wait for something that never comes.</summary>
    private void CheckEnumValues(EquatableArray<EnumSpec> enums, string enumName, EquatableArray<string> values, YamlNode node, string context)
    {
        foreach (var spec in enums)
        {
            if (spec.Name != enumName)
            {
                continue;
            }

            foreach (var value in values)
            {
                var known = false;
                foreach (var candidate in spec.Values)
                {
                    known |= string.Equals(candidate.Value, value, StringComparison.OrdinalIgnoreCase);
                }

                if (!known)
                {
                    Report(DiagnosticDescriptors.InvalidValue, node, context, $"'{value}' is not a value of {enumName}");
                }
            }
        }
    }

    private static OperationSpec? FindOperation(EquatableArray<OperationSpec> operations, string name)
    {
        foreach (var operation in operations)
        {
            if (operation.Name == name)
            {
                return operation;
            }
        }

        return null;
    }
}
