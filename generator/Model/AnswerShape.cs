namespace Bce.Generator.Model;

/// <summary>What a 2xx answer holds.</summary>
internal enum AnswerKind
{
    /// <summary>Nothing to read: any 2xx, with or without a body, is a success.</summary>
    None,

    /// <summary>One model.</summary>
    Model,

    /// <summary>A JSON array of models.</summary>
    List,
}

/// <summary>How a 2xx answer becomes the operation's result.</summary>
/// <param name="Kind">What the answer holds.</param>
/// <param name="TypeName">The model's C# name (of the elements, for a list); empty for <see cref="AnswerKind.None"/>.</param>
/// <param name="Wrapper">The property of the answer object that holds the value (<c>{"vpc": {...}}</c>), or empty when the value is the whole body.</param>
internal sealed record AnswerShape(AnswerKind Kind, string TypeName, string Wrapper)
{
    public static readonly AnswerShape None = new(AnswerKind.None, string.Empty, string.Empty);

    /// <summary>Whether the runtime reads it with its default (a bare model) rather than an answer format of its own.</summary>
    public bool IsPlainModel => Kind == AnswerKind.Model && Wrapper.Length == 0;
}
