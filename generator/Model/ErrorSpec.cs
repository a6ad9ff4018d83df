namespace Bce.Generator.Model;

/// <summary>A service error code: its constant's C# name, its HTTP status and whether a retry may succeed.</summary>
internal sealed record ErrorSpec(string Code, string MemberName, int Status, bool Retryable, string Description);
