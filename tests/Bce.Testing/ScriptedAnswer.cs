namespace Bce.Testing;

/// <summary>A scripted answer: status, JSON body and extra headers; <see cref="Abort"/> drops the connection instead.</summary>
public sealed record ScriptedAnswer(int Status, string Body = "", IReadOnlyDictionary<string, string>? Headers = null, bool Abort = false);
