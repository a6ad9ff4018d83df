namespace Bce.Runtime.Serialization;

/// <summary>An answer that is one model, bare or under a wrapper property.</summary>
internal sealed class ObjectAnswerFormat<T> : BceAnswerFormat<T>
    where T : IBceJsonModel<T>
{
    public static readonly ObjectAnswerFormat<T> Plain = new(null);

    private readonly string? _wrapper;
    private readonly byte[]? _wrapperUtf8;

    public ObjectAnswerFormat(string? wrapper)
    {
        _wrapper = wrapper;
        _wrapperUtf8 = AnswerBody.Utf8(wrapper);
    }

    internal override string ResultName => typeof(T).Name;

    internal override T Read(ReadOnlySpan<byte> utf8Json, out string? missing)
    {
        var value = AnswerBody.Read(utf8Json, _wrapperUtf8, ResultName, AnswerBody.ReadModel<T>, out var found);
        if (!found)
        {
            missing = _wrapper;
            return value;
        }

        missing = value is IBceRequiredProperties checkable && checkable.FindMissingRequiredProperty() is { } path
            ? (_wrapper is null ? path : _wrapper + "." + path)
            : null;
        return value;
    }
}
