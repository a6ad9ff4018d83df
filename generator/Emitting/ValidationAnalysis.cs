using System.Collections.Generic;
using Bce.Generator.Model;

namespace Bce.Generator.Emitting;

/// <summary>Decides which models get a Validate method, so none is emitted empty.</summary>
internal static class ValidationAnalysis
{
    public static bool HasOwnChecks(PropertySpec property) =>
        property.Required || property.Minimum is not null || property.Maximum is not null
        || property.MinLength is not null || property.MaxLength is not null || property.Pattern is not null;

    /// <summary>A model needs validation when a property has checks or holds a model that needs it (to a fixed point).</summary>
    public static HashSet<string> ModelsNeedingValidation(IEnumerable<ModelSpec> models)
    {
        var result = new HashSet<string>(System.StringComparer.Ordinal);
        bool changed;
        do
        {
            changed = false;
            foreach (var model in models)
            {
                if (result.Contains(model.Name))
                {
                    continue;
                }

                foreach (var property in model.Properties)
                {
                    if (HasOwnChecks(property) || HoldsValidatedModel(property, result))
                    {
                        result.Add(model.Name);
                        changed = true;
                        break;
                    }
                }
            }
        }
        while (changed);

        return result;
    }

    /// <summary>
    /// The models an answer is checked against: reachable from an operation's response, and holding a required property
    /// themselves or through a model they hold (to a fixed point). Each gets <c>FindMissingRequiredProperty</c>.
    /// </summary>
    public static HashSet<string> ModelsCheckedOnAnswers(ServiceSpec service, Dictionary<string, ModelSpec> models)
    {
        var reachable = new HashSet<string>(System.StringComparer.Ordinal);
        var pending = new Stack<string>();
        foreach (var operation in service.Operations)
        {
            if (operation.ResponseType.Length > 0)
            {
                pending.Push(operation.ResponseType);
            }
        }

        while (pending.Count > 0)
        {
            var name = pending.Pop();
            if (!reachable.Add(name) || !models.TryGetValue(name, out var model))
            {
                continue;
            }

            foreach (var property in model.Properties)
            {
                if (HoldsModel(property))
                {
                    pending.Push(property.Type.Name);
                }
            }
        }

        var result = new HashSet<string>(System.StringComparer.Ordinal);
        bool changed;
        do
        {
            changed = false;
            foreach (var model in service.Models)
            {
                if (!reachable.Contains(model.Name) || result.Contains(model.Name))
                {
                    continue;
                }

                foreach (var property in model.Properties)
                {
                    if (property.Required || (HoldsModel(property) && result.Contains(property.Type.Name)))
                    {
                        result.Add(model.Name);
                        changed = true;
                        break;
                    }
                }
            }
        }
        while (changed);

        return result;
    }

    /// <summary>A model, or a list or map (of lists) of one: <see cref="TypeRef.Name"/> is then that model.</summary>
    public static bool HoldsModel(PropertySpec property) => property.Type.Innermost.Kind == TypeKind.Model;

    public static bool HoldsValidatedModel(PropertySpec property, HashSet<string> validated) =>
        HoldsModel(property) && validated.Contains(property.Type.Name);
}
