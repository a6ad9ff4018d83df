using System.Collections.Immutable;
using Bce.Generator.Infrastructure;
using Microsoft.CodeAnalysis.Text;

namespace Bce.Generator.Diagnostics;

/// <summary>
/// BCE013: specs opted in, but the compilation does not reference Bce.Runtime. One error for the whole compilation,
/// however many specs there are, instead of dozens inside generated files that cannot compile.
/// </summary>
internal static class RuntimeReferenceCheck
{
    /// <summary>
    /// The error, placed at the start of the first opted-in spec (in project order) so the build output names a file
    /// of the project; nothing when the runtime is referenced or no spec opted in.
    /// </summary>
    public static EquatableArray<DiagnosticInfo> Diagnose(ImmutableArray<string> specPaths, bool runtimeReferenced)
    {
        if (runtimeReferenced || specPaths.IsEmpty)
        {
            return EquatableArray<DiagnosticInfo>.Empty;
        }

        var fileStart = new LocationInfo(specPaths[0], default(TextSpan), default(LinePositionSpan));
        return new EquatableArray<DiagnosticInfo>(new[] { DiagnosticInfo.Create(DiagnosticDescriptors.RuntimeMissing, fileStart) });
    }
}
