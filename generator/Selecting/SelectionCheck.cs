using System;
using System.Collections.Generic;
using Bce.Generator.Diagnostics;
using Bce.Generator.Infrastructure;
using Bce.Generator.Parsing;

namespace Bce.Generator.Selecting;

/// <summary>
/// One selecting spec file reduced to what checking its selection needs: the selection and the names of the file's
/// operations (null when the file did not parse, so its own errors are not buried under selection errors).
/// </summary>
internal sealed record SelectingFile(string Path, OperationSelection Selection, EquatableArray<string>? OperationNames)
{
    /// <summary>The file's selection facts, or null when it selects nothing in particular (keeps every operation).</summary>
    public static SelectingFile? Of(ParseResult result)
    {
        if (result.Selection is not { } selection)
        {
            return null;
        }

        EquatableArray<string>? names = null;
        if (result.Service is { } service)
        {
            var list = new List<string>();
            foreach (var operation in service.Operations)
            {
                list.Add(operation.Name);
            }

            names = list.ToEquatableArray();
        }

        return new SelectingFile(result.Path, selection, names);
    }
}

/// <summary>
/// Checks each BceApi entry's selection against all the entry's files together (a catalog folder is one entry of
/// several specs): a name no file defines is BCE050, or BCE051 with the closest name when it looks like a typo
/// (<c>CreateVPC</c> → <c>CreateVpc</c>); a selection that names nothing is BCE052. Reported once per entry, at the
/// <c>operations</c> key of its first file.
/// </summary>
internal static class SelectionCheck
{
    public static EquatableArray<DiagnosticInfo> Check(IReadOnlyList<SelectingFile> files)
    {
        var diagnostics = new List<DiagnosticInfo>();
        foreach (var entry in GroupByEntry(files))
        {
            CheckEntry(entry, diagnostics);
        }

        return diagnostics.ToEquatableArray();
    }

    private static void CheckEntry(List<SelectingFile> files, List<DiagnosticInfo> diagnostics)
    {
        var first = files[0];
        var selection = first.Selection;
        if (selection.Names.IsEmpty)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.EmptyOperationSelection, selection.Location, selection.Entry, selection.Text));
            return;
        }

        var known = new List<string>();
        foreach (var file in files)
        {
            if (file.OperationNames is not { } names)
            {
                return;
            }

            known.AddRange(names);
        }

        var knownSet = new HashSet<string>(known, StringComparer.Ordinal);
        var candidates = known.ToArray();
        foreach (var name in selection.Names)
        {
            if (knownSet.Contains(name))
            {
                continue;
            }

            diagnostics.Add(EditDistance.ClosestMatch(name, candidates) is { } meant
                ? DiagnosticInfo.Create(DiagnosticDescriptors.MisspelledSelectedOperation, selection.Location, name, selection.Entry, meant)
                : DiagnosticInfo.Create(DiagnosticDescriptors.UnknownSelectedOperation, selection.Location, name, selection.Entry));
        }
    }

    /// <summary>Files grouped by entry (and selection, should two items of one entry differ), each group in path order.</summary>
    private static List<List<SelectingFile>> GroupByEntry(IReadOnlyList<SelectingFile> files)
    {
        var groups = new Dictionary<(string, EquatableArray<string>), List<SelectingFile>>();
        var order = new List<List<SelectingFile>>();
        foreach (var file in files)
        {
            var key = (file.Selection.Entry, file.Selection.Names);
            if (!groups.TryGetValue(key, out var group))
            {
                group = new List<SelectingFile>();
                groups[key] = group;
                order.Add(group);
            }

            group.Add(file);
        }

        foreach (var group in order)
        {
            group.Sort(static (left, right) => string.CompareOrdinal(left.Path, right.Path));
        }

        order.Sort(static (left, right) => string.CompareOrdinal(left[0].Path, right[0].Path));
        return order;
    }
}
