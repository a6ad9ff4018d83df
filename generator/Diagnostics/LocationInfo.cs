using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Bce.Generator.Diagnostics;

/// <summary>
/// A place in a spec file, kept as plain values so the pipeline can cache it; turned into a Roslyn
/// <see cref="Location"/> only when the diagnostic is reported.
/// </summary>
internal sealed record LocationInfo(string FilePath, TextSpan Span, LinePositionSpan LineSpan)
{
    public Location ToLocation() => Location.Create(FilePath, Span, LineSpan);
}
