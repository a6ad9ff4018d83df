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

    /// <summary>The result of the symbol pass (<see cref="CollectTypeSymbols"/>): assigned once, then only read.</summary>
    private TypeSymbols _symbols = TypeSymbols.Empty;
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
            Report(DiagnosticDescriptors.UnexpectedFailure, Mark.Empty, Mark.Empty, $"{ex.GetType().Name}: {ex.Message} ({FirstFrame(ex)})");
            return null;
        }
    }

    /// <summary>Where a parser bug struck, so a report of BCE099 says which method to look at.</summary>
    private static string FirstFrame(Exception ex)
    {
        var trace = ex.StackTrace ?? string.Empty;
        var end = trace.IndexOf('\n');
        return (end < 0 ? trace : trace.Substring(0, end)).Trim();
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

    /// <summary>
    /// Explicit passes, each over the results of the ones before it: the service header (its name gives the generated
    /// type names), every type and enum name (properties may refer to one defined anywhere in the file), models and
    /// enums, errors, operations (pagination checks its response model), waiters (over operations and models), and
    /// last the type names of the whole output, unique ignoring case.
    /// </summary>
    private ServiceSpec? ParseRoot(YamlNode root)
    {
        var entries = ReadMapping(root, "the spec", "service", "operations", "types", "enums", "errors", "waiters");
        if (entries is null)
        {
            return null;
        }

        var serviceNode = Require(entries, "service", root, "the spec");
        var operationsNode = Require(entries, "operations", root, "the spec");
        var header = serviceNode is null ? null : ParseServiceHeader(serviceNode);

        _symbols = CollectTypeSymbols(entries);
        var models = ParseModels();
        var enums = ParseEnums();
        var errors = entries.TryGetValue("errors", out var errorsNode)
            ? ParseErrors(errorsNode.Value, header?.Name ?? string.Empty, header?.ErrorCodesName ?? string.Empty)
            : EquatableArray<ErrorSpec>.Empty;
        var clientMethods = new NameScope();
        var operations = operationsNode is null ? EquatableArray<OperationSpec>.Empty : ParseOperations(operationsNode, models, clientMethods, header?.ApiVersion ?? string.Empty);
        var waiters = entries.TryGetValue("waiters", out var waitersNode)
            ? ParseWaiters(waitersNode.Value, operations, models, enums, clientMethods)
            : EquatableArray<WaiterSpec>.Empty;
        if (header is null)
        {
            return null;
        }

        var service = header with { Operations = operations, Models = models, Enums = enums, Errors = errors, Waiters = waiters };
        CheckGeneratedTypeNames(service);
        return service;
    }

    /// <summary>
    /// A type or enum may not take a name the generator gives to a class of its own, ignoring case (hint names are
    /// case-insensitive, and <c>Tag</c> beside <c>tag</c> would be one file).
    /// </summary>
    private void CheckGeneratedTypeNames(ServiceSpec service)
    {
        var generated = new NameScope();
        generated.TryClaim(service.ClientName, "the client", out _);
        generated.TryClaim(service.InterfaceName, "the client interface", out _);
        generated.TryClaim(service.ErrorCodesName, "the error codes", out _);
        foreach (var operation in service.Operations)
        {
            generated.TryClaim(operation.RequestTypeName, $"the input of {operation.Name}", out _);
        }

        foreach (var symbol in _symbols.Declared)
        {
            if (!generated.TryClaim(symbol.TypeName, symbol.SpecName, out var owner))
            {
                Report(DiagnosticDescriptors.DuplicateName, symbol.Key, $"{symbol.SpecName} (the generator names {owner} {symbol.TypeName})");
            }
        }

        foreach (var inline in _symbols.Inline)
        {
            if (!generated.TryClaim(inline.TypeName, inline.Context, out var owner))
            {
                Report(DiagnosticDescriptors.InlineTypeNameTaken, inline.Key, inline.Context, inline.TypeName, owner);
            }
        }
    }

    /// <summary>The service section; its collections are filled in by the later passes.</summary>
    private ServiceSpec? ParseServiceHeader(YamlNode node)
    {
        const string context = "service";
        var entries = ReadMapping(node, context, "name", "namespace", "description", "apiVersion", "endpoint", "regions", "defaultRegion");
        if (entries is null)
        {
            return null;
        }

        var name = RequireIdentifier(entries, "name", node, context);
        var typeName = name is null ? null : RequireTypeName(name, entries["name"].Value, "service.name");
        var ns = OptionalString(entries, "namespace");
        if (ns is not null && !Identifiers.IsValidNamespace(ns))
        {
            Report(DiagnosticDescriptors.InvalidValue, entries["namespace"].Value, "service.namespace", $"'{ns}' is not a valid C# namespace");
        }

        var apiVersion = RequireString(entries, "apiVersion", node, context);
        if (apiVersion is not null && FindUrlBreaker(apiVersion, allowPlaceholders: false) is { } bad)
        {
            Report(DiagnosticDescriptors.InvalidValue, entries["apiVersion"].Value, "service.apiVersion", $"the path prefix cannot contain {bad}");
            apiVersion = null;
        }

        var endpoint = RequireString(entries, "endpoint", node, context);
        var defaultRegion = RequireString(entries, "defaultRegion", node, context);
        var regions = OptionalStringList(entries, "regions", "service.regions");
        if (defaultRegion is not null && regions.Count > 0 && !Contains(regions, defaultRegion))
        {
            Report(DiagnosticDescriptors.InvalidValue, entries["defaultRegion"].Value, "service.defaultRegion", $"'{defaultRegion}' is not one of the regions");
        }

        if (name is null || typeName is null || apiVersion is null || endpoint is null || defaultRegion is null)
        {
            return null;
        }

        return new ServiceSpec(
            name,
            typeName,
            ns ?? "Bce." + name,
            OptionalString(entries, "description") ?? string.Empty,
            apiVersion.Trim('/'),
            endpoint,
            regions,
            defaultRegion,
            EquatableArray<OperationSpec>.Empty,
            EquatableArray<ModelSpec>.Empty,
            EquatableArray<EnumSpec>.Empty,
            EquatableArray<ErrorSpec>.Empty,
            EquatableArray<WaiterSpec>.Empty);
    }

    /// <summary>
    /// Error codes and their constants. <c>PeerConn.SameVpc</c> becomes <c>SameVpc</c> (the service prefix adds nothing
    /// inside its own class); when the short names of two codes collide, both keep their full names; a name the class
    /// itself or <see cref="object"/> uses gets <c>Code</c> appended; names left equal ignoring case are an error.
    /// </summary>
    private EquatableArray<ErrorSpec> ParseErrors(YamlNode node, string serviceName, string className)
    {
        var entries = ReadMapping(node, "errors");
        if (entries is null)
        {
            return EquatableArray<ErrorSpec>.Empty;
        }

        var shortNames = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in entries.Values)
        {
            var name = ShortErrorName(entry.Key.Value, serviceName);
            shortNames[name] = shortNames.TryGetValue(name, out var count) ? count + 1 : 1;
        }

        var errors = new List<ErrorSpec>();
        var members = new NameScope();
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

            var shortName = ShortErrorName(code, serviceName);
            var stem = shortNames[shortName] > 1 ? code : shortName;
            var member = Identifiers.MemberName(stem, className, NoGeneratedMembers, "Code");
            if (!members.TryClaim(member, code, out var first))
            {
                Report(DiagnosticDescriptors.DuplicateName, entry.Key, $"{context} (its constant {member} is the one of '{first}')");
                continue;
            }

            errors.Add(new ErrorSpec(
                code,
                member,
                (int)(status ?? 0),
                OptionalBool(fields, "retryable", context) ?? false,
                OptionalString(fields, "description") ?? string.Empty));
        }

        return errors.ToEquatableArray();
    }

    private static string ShortErrorName(string code, string serviceName)
    {
        var prefix = serviceName + ".";
        return serviceName.Length > 0 && code.StartsWith(prefix, StringComparison.Ordinal) && code.Length > prefix.Length
            ? code.Substring(prefix.Length)
            : code;
    }

    /// <summary>
    /// The first character that cannot stand in a URL path as written: a query or fragment start, a line break or
    /// another control character, or (outside a path template) a brace. Null when there is none.
    /// </summary>
    private static string? FindUrlBreaker(string text, bool allowPlaceholders)
    {
        foreach (var c in text)
        {
            switch (c)
            {
                case '?':
                    return "'?' (a query belongs under 'query', a bare flag under 'action')";
                case '#':
                    return "'#' (a fragment is never sent)";
                case '{' or '}' when !allowPlaceholders:
                    return $"'{c}' (placeholders are for operation paths)";
                default:
                    if (c < ' ' || c == ' ' || (c >= '\u007F' && c <= '\u009F') || c is '\u2028' or '\u2029')
                    {
                        return $"U+{(int)c:X4} (whitespace or a control character)";
                    }

                    break;
            }
        }

        return null;
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
