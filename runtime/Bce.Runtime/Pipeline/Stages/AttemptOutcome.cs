namespace Bce.Runtime.Pipeline;

/// <summary>
/// What one attempt produced, as the retry strategy sees it: a 2xx <see cref="Answer"/>, or a classified
/// <see cref="Failure"/> (with the answer when there was one). The attempt stage never throws; the call rides along so
/// that the retry callbacks need no context properties.
/// </summary>
internal readonly record struct AttemptOutcome(Call Call, AttemptResult? Answer, Failure? Failure);
