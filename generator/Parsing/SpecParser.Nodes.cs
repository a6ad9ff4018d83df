using System;
using System.Collections.Generic;
using System.Globalization;
using Bce.Generator.Diagnostics;
using Bce.Generator.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Bce.Generator.Parsing;

/// <summary>Reading YAML nodes with the checks every section shares: node kinds, duplicate and unknown keys.</summary>
internal sealed partial class SpecParser
{
    /// <summary>
    /// The entries of a mapping, keyed by name; null (after a diagnostic) when the node is not a mapping.
    /// With <paramref name="knownKeys"/> given, any other key gets a warning (an error when it is a typo of a known
    /// key); a repeated key is an error.
    /// </summary>
    private MappingEntries? ReadMapping(YamlNode node, string context, params string[] knownKeys) =>
        ReadMapping(node, context, DiagnosticDescriptors.DuplicateName, knownKeys);

    private MappingEntries? ReadMapping(YamlNode node, string context, DiagnosticDescriptor duplicate, params string[] knownKeys)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        if (node is not YamlMapping mapping)
        {
            // An empty value ("key:") is a null scalar; treat it as an empty mapping rather than an error.
            if (node is YamlScalar { Value.Length: 0 })
            {
                return new MappingEntries();
            }

            Report(DiagnosticDescriptors.UnexpectedNode, node, context, "mapping");
            return null;
        }

        var entries = new MappingEntries();
        foreach (var entry in mapping.Entries)
        {
            var key = entry.Key.Value;
            if (!entries.TryAdd(entry))
            {
                var detail = ReferenceEquals(duplicate, DiagnosticDescriptors.DuplicateOperation) ? string.Empty : null;
                if (detail is null)
                {
                    Report(duplicate, entry.Key, $"{context}.{key}");
                }
                else
                {
                    Report(duplicate, entry.Key, key, detail);
                }

                continue;
            }

            if (knownKeys.Length > 0 && Array.IndexOf(knownKeys, key) < 0)
            {
                ReportUnknownKey(entry.Key, context, knownKeys);
            }
        }

        return entries;
    }

    /// <summary>
    /// An unknown key is ignored with a warning, unless it is a typo of a key this mapping knows: then the author meant
    /// that key (<c>idempotnet: true</c> would silently drop the idempotency token), so it is an error.
    /// </summary>
    private void ReportUnknownKey(YamlScalar key, string context, string[] knownKeys)
    {
        if (EditDistance.ClosestMatch(key.Value, knownKeys) is { } meant)
        {
            Report(DiagnosticDescriptors.MisspelledKey, key, key.Value, context, meant);
            return;
        }

        Report(DiagnosticDescriptors.UnknownKey, key, key.Value, context);
    }

    private YamlNode? Require(MappingEntries entries, string key, YamlNode owner, string context)
    {
        if (entries.TryGetValue(key, out var entry))
        {
            return entry.Value;
        }

        Report(DiagnosticDescriptors.MissingRequiredKey, owner, context, key);
        return null;
    }

    private string? RequireString(MappingEntries entries, string key, YamlNode owner, string context)
    {
        var node = Require(entries, key, owner, context);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalar { Value.Length: > 0 } scalar)
        {
            return scalar.Value;
        }

        Report(DiagnosticDescriptors.UnexpectedNode, node, $"{context}.{key}", "non-empty scalar");
        return null;
    }

    private string? RequireIdentifier(MappingEntries entries, string key, YamlNode owner, string context)
    {
        var value = RequireString(entries, key, owner, context);
        if (value is not null && !Identifiers.IsValidIdentifier(value))
        {
            Report(DiagnosticDescriptors.InvalidValue, entries[key].Value, $"{context}.{key}", $"'{value}' is not a valid C# identifier");
            return null;
        }

        return value;
    }

    private string? OptionalString(MappingEntries entries, string key)
    {
        if (!entries.TryGetValue(key, out var entry))
        {
            return null;
        }

        if (entry.Value is YamlScalar scalar)
        {
            return scalar.Value;
        }

        Report(DiagnosticDescriptors.UnexpectedNode, entry.Value, key, "scalar");
        return null;
    }

    private bool? OptionalBool(MappingEntries entries, string key, string context)
    {
        var text = OptionalString(entries, key);
        if (text is null)
        {
            return null;
        }

        switch (text)
        {
            case "true":
            case "True":
                return true;
            case "false":
            case "False":
                return false;
            default:
                Report(DiagnosticDescriptors.InvalidValue, entries[key].Value, $"{context}.{key}", $"'{text}' is not true or false");
                return null;
        }
    }

    private long? OptionalInteger(MappingEntries entries, string key, string context)
    {
        var text = OptionalString(entries, key);
        if (text is null)
        {
            return null;
        }

        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Report(DiagnosticDescriptors.InvalidValue, entries[key].Value, $"{context}.{key}", $"'{text}' is not a whole number");
        return null;
    }

    private long? RequireInteger(MappingEntries entries, string key, YamlNode owner, string context)
    {
        if (!entries.TryGetValue(key, out _))
        {
            Report(DiagnosticDescriptors.MissingRequiredKey, owner, context, key);
            return null;
        }

        return OptionalInteger(entries, key, context);
    }

    private EquatableArray<string> OptionalStringList(MappingEntries entries, string key, string context)
    {
        if (!entries.TryGetValue(key, out var entry))
        {
            return EquatableArray<string>.Empty;
        }

        if (entry.Value is not YamlSequence sequence)
        {
            Report(DiagnosticDescriptors.UnexpectedNode, entry.Value, context, "sequence of scalars");
            return EquatableArray<string>.Empty;
        }

        var values = new List<string>();
        foreach (var item in sequence.Items)
        {
            if (item is YamlScalar { Value.Length: > 0 } scalar)
            {
                values.Add(scalar.Value);
            }
            else
            {
                Report(DiagnosticDescriptors.UnexpectedNode, item, context, "non-empty scalar");
            }
        }

        return values.ToEquatableArray();
    }

    /// <summary>The C# type name of a spec name (see <see cref="Identifiers.TypeName"/>); null after a diagnostic.</summary>
    private string? RequireTypeName(string name, YamlNode node, string context)
    {
        if (Identifiers.TypeName(name) is { } typeName)
        {
            return typeName;
        }

        Report(DiagnosticDescriptors.InvalidValue, node, context, $"'{name}' has no letter to make a C# type name of");
        return null;
    }

    private static readonly string[] NoGeneratedMembers = System.Array.Empty<string>();
}

/// <summary>The entries of one YAML mapping, in file order and by key.</summary>
internal sealed class MappingEntries
{
    private readonly Dictionary<string, KeyValuePair<YamlScalar, YamlNode>> _byKey = new(StringComparer.Ordinal);

    public List<KeyValuePair<YamlScalar, YamlNode>> Ordered { get; } = new();

    public KeyValuePair<YamlScalar, YamlNode> this[string key] => _byKey[key];

    public IEnumerable<KeyValuePair<YamlScalar, YamlNode>> Values => Ordered;

    public bool TryAdd(KeyValuePair<YamlScalar, YamlNode> entry)
    {
        if (_byKey.ContainsKey(entry.Key.Value))
        {
            return false;
        }

        _byKey.Add(entry.Key.Value, entry);
        Ordered.Add(entry);
        return true;
    }

    public bool TryGetValue(string key, out KeyValuePair<YamlScalar, YamlNode> entry) => _byKey.TryGetValue(key, out entry);
}
