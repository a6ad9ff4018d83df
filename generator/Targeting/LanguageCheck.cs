using Bce.Generator.Diagnostics;
using Microsoft.CodeAnalysis.CSharp;

namespace Bce.Generator.Targeting;

/// <summary>
/// BCE040: the project's C# is older than the generated code (a .NET Framework project defaults to C# 7.3, and
/// Bce.Runtime's build props set <c>latest</c> only when the project names no version). Reported at the start of each
/// spec, which then generates nothing: hundreds of errors inside generated files would hide the one fix.
/// </summary>
internal static class LanguageCheck
{
    public static DiagnosticInfo TooOld(string specPath, TargetProfile profile) =>
        DiagnosticInfo.Create(
            DiagnosticDescriptors.LanguageVersionTooOld,
            new LocationInfo(specPath, default, default),
            TargetProfile.MinimumLanguageVersion.ToDisplayString(),
            profile.LanguageVersionText);
}
