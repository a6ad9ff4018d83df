using System;
using System.Collections.Generic;
using System.Threading;
using Bce.Generator.Diagnostics;
using Bce.Generator.Infrastructure;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Bce.Generator.Selecting;

/// <summary>
/// The operations a project keeps of a spec (<c>&lt;BceApi Include="Vpc" Operations="CreateVpc;ListVpcs" /&gt;</c>),
/// as the MSBuild glue hands it over: the names, the BceApi entry the file came from (every file of a catalog folder
/// shares it, so a name is checked against the whole entry) and where the spec's <c>operations</c> key is, for
/// diagnostics. A spec without a selection has none (<c>null</c>) and keeps every operation.
/// </summary>
/// <param name="Entry">The BceApi item's name or path; the file's own path for the older AdditionalFiles form.</param>
/// <param name="Names">The selected operation names, in the order given, without repeats (empty: nothing selected).</param>
/// <param name="Text">The selection as written, for messages.</param>
/// <param name="Location">The top-level <c>operations</c> key of this file, or its start.</param>
internal sealed record OperationSelection(string Entry, EquatableArray<string> Names, string Text, LocationInfo Location)
{
    private const string OperationsKey = "build_metadata.AdditionalFiles.BceOperations";
    private const string EntryKey = "build_metadata.AdditionalFiles.BceApi";

    // MSBuild lists use ';'; the glue turns them into ',' because an .editorconfig value ends at ';'. Both are read.
    private static readonly char[] Separators = { ';', ',', ' ', '\t', '\r', '\n' };

    /// <summary>The file's selection, or null when its item names none (every operation is kept).</summary>
    public static OperationSelection? Read(string path, SourceText text, AnalyzerConfigOptions options, CancellationToken cancellationToken)
    {
        if (options.GetNonEmpty(OperationsKey) is not { } written)
        {
            return null;
        }

        var names = new List<string>();
        foreach (var name in written.Split(Separators, StringSplitOptions.RemoveEmptyEntries))
        {
            if (!names.Contains(name))
            {
                names.Add(name);
            }
        }

        var entry = options.GetNonEmpty(EntryKey) ?? path;
        return new OperationSelection(entry, names.ToEquatableArray(), written, OperationsKeyLocation(path, text, cancellationToken));
    }

    /// <summary>The top-level <c>operations:</c> key (a text scan: this runs before the YAML is parsed), else the file start.</summary>
    private static LocationInfo OperationsKeyLocation(string path, SourceText text, CancellationToken cancellationToken)
    {
        const string Key = "operations:";
        foreach (var line in text.Lines)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (line.Span.Length >= Key.Length && string.CompareOrdinal(text.ToString(new TextSpan(line.Start, Key.Length)), Key) == 0)
            {
                var span = new TextSpan(line.Start, Key.Length - 1);
                return new LocationInfo(path, span, text.Lines.GetLinePositionSpan(span));
            }
        }

        return new LocationInfo(path, default, default);
    }
}
