using System.Collections.Generic;
using Bce.Generator.Infrastructure;
using Bce.Generator.Model;
using Bce.Generator.Parsing;

namespace Bce.Generator.Selecting;

/// <summary>
/// Cuts a parsed service down to the selected operations and what they need: the request and answer models and enums
/// reachable from them (through properties and list elements, transitively), the waiters that poll a kept operation,
/// and every error code (the codes are the service's, not an operation's). A pager is part of its operation. What is
/// not reachable is not emitted, so the consumer's assembly carries only what it calls.
/// </summary>
internal static class SelectionFilter
{
    /// <summary>
    /// The parse result with its service cut down; the service is null when the selection keeps nothing of this file
    /// (another file of the same catalog entry may hold the operations asked for, or nothing was selected).
    /// </summary>
    public static ParseResult Apply(ParseResult result)
    {
        if (result.Service is not { } service || result.Selection is not { } selection)
        {
            return result;
        }

        return result with { Service = Keep(service, selection.Names) };
    }

    private static ServiceSpec? Keep(ServiceSpec service, EquatableArray<string> names)
    {
        var selected = new HashSet<string>(names, System.StringComparer.Ordinal);
        var operations = new List<OperationSpec>();
        foreach (var operation in service.Operations)
        {
            if (selected.Contains(operation.Name))
            {
                operations.Add(operation);
            }
        }

        if (operations.Count == 0)
        {
            return null;
        }

        var reachable = ReachableTypes(service, operations);
        var models = new List<ModelSpec>();
        foreach (var model in service.Models)
        {
            if (reachable.Contains(model.Name))
            {
                models.Add(model);
            }
        }

        var enums = new List<EnumSpec>();
        foreach (var spec in service.Enums)
        {
            if (reachable.Contains(spec.Name))
            {
                enums.Add(spec);
            }
        }

        var waiters = new List<WaiterSpec>();
        foreach (var waiter in service.Waiters)
        {
            if (selected.Contains(waiter.Operation))
            {
                waiters.Add(waiter);
            }
        }

        return service with
        {
            Operations = operations.ToEquatableArray(),
            Models = models.ToEquatableArray(),
            Enums = enums.ToEquatableArray(),
            Waiters = waiters.ToEquatableArray(),
        };
    }

    /// <summary>Names of the models and enums the operations refer to, and those they refer to, to any depth.</summary>
    private static HashSet<string> ReachableTypes(ServiceSpec service, List<OperationSpec> operations)
    {
        var modelsByName = new Dictionary<string, ModelSpec>(System.StringComparer.Ordinal);
        foreach (var model in service.Models)
        {
            modelsByName[model.Name] = model;
        }

        var reachable = new HashSet<string>(System.StringComparer.Ordinal);
        var pending = new Stack<ModelSpec>();
        void Visit(string name)
        {
            if (name.Length > 0 && reachable.Add(name) && modelsByName.TryGetValue(name, out var model))
            {
                pending.Push(model);
            }
        }

        // A type reference carries the name of the model or enum it holds (itself, or at the bottom of a list) and
        // is empty for primitives.
        void VisitAll(IEnumerable<PropertySpec> properties)
        {
            foreach (var property in properties)
            {
                Visit(property.Type.Name);
            }
        }

        foreach (var operation in operations)
        {
            VisitAll(operation.RequestMembers);
            Visit(operation.ResponseType);
        }

        while (pending.Count > 0)
        {
            VisitAll(pending.Pop().Properties);
        }

        return reachable;
    }
}
