namespace Bce.Runtime.Serialization;

/// <summary>An answer that is one model, bare or under a wrapper property.</summary>
internal sealed class ObjectAnswerFormat<T> : BceAnswerFormat<T>
    where T : IBceJsonModel<T>
{
    public static readonly ObjectAnswerFormat<T> Plain = new(null);

    public ObjectAnswerFormat(string? wrapper)
        : base(wrapper, typeof(T).Name)
    {
    }

    internal override T Read(ReadOnlySpan<byte> utf8Json, out string? missing)
    {
        var value = AnswerBody.Read(utf8Json, WrapperUtf8, ResultName, AnswerBody.ReadModel<T>, out var found);
        if (!found)
        {
            missing = Wrapper;
            return value;
        }

        missing = value is IBceRequiredProperties checkable && checkable.FindMissingRequiredProperty() is { } path
            ? (Wrapper is null ? path : Wrapper + "." + path)
            : null;
        return value;
    }
}
