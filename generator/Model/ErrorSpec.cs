namespace Bce.Generator.Model;

/// <summary>A service error code: its HTTP status and whether a retry may succeed.</summary>
internal sealed record ErrorSpec(string Code, int Status, bool Retryable, string Description);
