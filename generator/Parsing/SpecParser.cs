using System;
using System.Collections.Generic;
using System.Threading;
using Bce.Generator.Diagnostics;
using Bce.Generator.Infrastructure;
using Bce.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using YamlDotNet.Core;

namespace Bce.Generator.Parsing;

/// <summary>
/// Turns one spec file into a <see cref="ServiceSpec"/> plus diagnostics. It never throws (except for cancellation):
/// every problem becomes a diagnostic at the YAML node it concerns, and a spec with errors yields no service.
/// </summary>
internal sealed partial class SpecParser
{
    private readonly string _path;
    private readonly CancellationToken _cancellationToken;
    private readonly List<DiagnosticInfo> _diagnostics = new();
    private readonly Dictionary<string, YamlScalar> _modelNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, YamlScalar> _enumNames = new(StringComparer.Ordinal);
    private EquatableArray<ModelSpec>? _parsedModels;
    private bool _hasErrors;
    private SourceText _text = SourceText.From(string.Empty);

    private SpecParser(string path, CancellationToken cancellationToken)
    {
        _path = path;
        _cancellationToken = cancellationToken;
    }

    public static ParseResult Parse(SpecInput input, CancellationToken cancellationToken)
    {
        var parser = new SpecParser(input.Path, cancellationToken);
        var service = parser.ParseText(input.Text);
        return new ParseResult(
            parser._hasErrors ? null : service,
            input.Path,
            input.NamespaceOverride,
            input.VisibilityOverride,
            parser._diagnostics.ToEquatableArray());
    }

    private ServiceSpec? ParseText(string text)
    {
        _text = SourceText.From(text);
        var root = ReadYaml(text);
        if (root is null)
        {
            return null;
        }

        try
        {
            return ParseRoot(root);
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception ex)
        {
            // A bug in this parser, not in the spec: say so, at the start of the file, rather than crash the build.
            Report(DiagnosticDescriptors.UnexpectedFailure, Mark.Empty, Mark.Empty, $"{ex.GetType().Name}: {ex.Message}");
            return null;
        }
    }

    /// <summary>The first document's root node, or null after a diagnostic (malformed or empty YAML).</summary>
    private YamlNode? ReadYaml(string text)
    {
        var read = YamlTreeReader.Read(text);
        if (read.Error is { } error)
        {
            Report(DiagnosticDescriptors.MalformedYaml, error.Start, error.End, error.Message);
            return null;
        }

        if (read.Root is null)
        {
            Report(DiagnosticDescriptors.MissingRequiredKey, Mark.Empty, Mark.Empty, "the spec", "service");
            return null;
        }

        if (read.ExtraDocument is { } extra)
        {
            Report(DiagnosticDescriptors.ExtraDocument, extra.Start, extra.End);
        }

        return read.Root;
    }

    private ServiceSpec? ParseRoot(YamlNode root)
    {
        var entries = ReadMapping(root, "the spec", "service", "operations", "types", "enums", "errors", "waiters");
        if (entries is null)
        {
            return null;
        }

        var service = Require(entries, "service", root, "the spec");
        var operations = Require(entries, "operations", root, "the spec");

        // Names first: properties may refer to any type or enum, wherever it is defined in the file.
        var typeEntries = CollectNames(entries, "types", _modelNames);
        var enumEntries = CollectNames(entries, "enums", _enumNames);

        var models = ParseModels(typeEntries);
        _parsedModels = models;
        var enums = ParseEnums(enumEntries);
        var errors = entries.TryGetValue("errors", out var errorsNode) ? ParseErrors(errorsNode.Value) : EquatableArray<ErrorSpec>.Empty;
        var parsedOperations = operations is null ? EquatableArray<OperationSpec>.Empty : ParseOperations(operations);
        var waiters = entries.TryGetValue("waiters", out var waitersNode)
            ? ParseWaiters(waitersNode.Value, parsedOperations, enums)
            : EquatableArray<WaiterSpec>.Empty;
        var result = service is null ? null : ParseService(service, parsedOperations, models, enums, errors, waiters);
        if (result is not null)
        {
            CheckGeneratedNameClashes(result);
        }

        return result;
    }

    /// <summary>A type or enum may not take a name the generator gives to a class of its own.</summary>
    private void CheckGeneratedNameClashes(ServiceSpec service)
    {
        var generated = new HashSet<string>(StringComparer.Ordinal)
        {
            service.Name + "Client",
            "I" + service.Name + "Client",
            service.Name + "ErrorCodes",
        };
        foreach (var operation in service.Operations)
        {
            generated.Add(operation.Name + "Request");
        }

        foreach (var names in new[] { _modelNames, _enumNames })
        {
            foreach (var entry in names)
            {
                if (generated.Contains(entry.Key))
                {
                    Report(DiagnosticDescriptors.DuplicateName, entry.Value, $"{entry.Key} (the generator names one of its own classes so)");
                }
            }
        }
    }

    private ServiceSpec? ParseService(
        YamlNode node,
        EquatableArray<OperationSpec> operations,
        EquatableArray<ModelSpec> models,
        EquatableArray<EnumSpec> enums,
        EquatableArray<ErrorSpec> errors,
        EquatableArray<WaiterSpec> waiters)
    {
        const string context = "service";
        var entries = ReadMapping(node, context, "name", "namespace", "description", "apiVersion", "endpoint", "regions", "defaultRegion");
        if (entries is null)
        {
            return null;
        }

        var name = RequireIdentifier(entries, "name", node, context);
        var ns = OptionalString(entries, "namespace");
        if (ns is not null && !Identifiers.IsValidNamespace(ns))
        {
            Report(DiagnosticDescriptors.InvalidValue, entries["namespace"].Value, "service.namespace", $"'{ns}' is not a valid C# namespace");
        }

        var apiVersion = RequireString(entries, "apiVersion", node, context);
        var endpoint = RequireString(entries, "endpoint", node, context);
        var defaultRegion = RequireString(entries, "defaultRegion", node, context);
        var regions = OptionalStringList(entries, "regions", "service.regions");
        if (defaultRegion is not null && regions.Count > 0 && !Contains(regions, defaultRegion))
        {
            Report(DiagnosticDescriptors.InvalidValue, entries["defaultRegion"].Value, "service.defaultRegion", $"'{defaultRegion}' is not one of the regions");
        }

        if (name is null || apiVersion is null || endpoint is null || defaultRegion is null)
        {
            return null;
        }

        return new ServiceSpec(
            name,
            ns ?? "Bce." + name,
            OptionalString(entries, "description") ?? string.Empty,
            apiVersion.Trim('/'),
            endpoint,
            regions,
            defaultRegion,
            operations,
            models,
            enums,
            errors,
            waiters);
    }

    private EquatableArray<ErrorSpec> ParseErrors(YamlNode node)
    {
        var entries = ReadMapping(node, "errors");
        if (entries is null)
        {
            return EquatableArray<ErrorSpec>.Empty;
        }

        var errors = new List<ErrorSpec>();
        foreach (var entry in entries.Values)
        {
            var code = entry.Key.Value;
            var context = $"error '{code}'";
            var fields = ReadMapping(entry.Value, context, "status", "retryable", "description");
            if (fields is null)
            {
                continue;
            }

            var status = RequireInteger(fields, "status", entry.Key, context);
            if (status is < 100 or > 599)
            {
                Report(DiagnosticDescriptors.InvalidValue, fields["status"].Value, context + ".status", "an HTTP status is between 100 and 599");
            }

            errors.Add(new ErrorSpec(
                code,
                (int)(status ?? 0),
                OptionalBool(fields, "retryable", context) ?? false,
                OptionalString(fields, "description") ?? string.Empty));
        }

        return errors.ToEquatableArray();
    }

    private void Report(DiagnosticDescriptor descriptor, YamlNode node, params string[] arguments) =>
        Report(descriptor, node.Start, node.End, arguments);

    private void Report(DiagnosticDescriptor descriptor, Mark start, Mark end, params string[] arguments)
    {
        if (descriptor.DefaultSeverity == DiagnosticSeverity.Error)
        {
            _hasErrors = true;
        }

        _diagnostics.Add(DiagnosticInfo.Create(descriptor, LocationOf(start, end), arguments));
    }

    /// <summary>
    /// YamlDotNet marks carry a 0-based character index; the line and column are computed from the text itself, so a
    /// diagnostic always lies inside the file (a mark past the end, as on the 3-character file <c>---</c>, is clamped to
    /// the end) and its span and line/column always name the same place.
    /// </summary>
    private LocationInfo LocationOf(Mark start, Mark end)
    {
        var length = _text.Length;
        var startIndex = (int)Math.Min(Math.Max(0, start.Index), length);
        var endIndex = (int)Math.Min(Math.Max(startIndex + 1, end.Index), length);
        var span = TextSpan.FromBounds(startIndex, endIndex);
        return new LocationInfo(_path, span, _text.Lines.GetLinePositionSpan(span));
    }

    private static bool Contains(EquatableArray<string> items, string value)
    {
        foreach (var item in items)
        {
            if (item == value)
            {
                return true;
            }
        }

        return false;
    }
}
