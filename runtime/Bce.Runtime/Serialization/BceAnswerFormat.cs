namespace Bce.Runtime.Serialization;

/// <summary>
/// How the body of a 2xx answer becomes an operation's result: one model (<c>{...}</c>), a model under one wrapper
/// property (<c>{"vpc": {...}}</c>), or a JSON array of models, bare or wrapped. Generated clients hold one per
/// operation and pass it to <see cref="Pipeline.BcePipeline.SendAsync{T}(Pipeline.BceRequestMessage, BceAnswerFormat{T}, CancellationToken)"/>;
/// the caller only ever sees the result type.
/// </summary>
/// <typeparam name="T">The operation's result.</typeparam>
public abstract class BceAnswerFormat<T>
{
    private protected BceAnswerFormat(string? wrapper, string resultName)
    {
        Wrapper = wrapper;
        WrapperUtf8 = wrapper is null ? null : System.Text.Encoding.UTF8.GetBytes(wrapper);
        ResultName = resultName;
    }

    /// <summary>The result's name in messages, for example <c>VpcDetail</c> or <c>Vpc[]</c>.</summary>
    internal string ResultName { get; }

    /// <summary>The property of the answer object that holds the result; <see langword="null"/> when the body is the result.</summary>
    private protected string? Wrapper { get; }

    /// <summary><see cref="Wrapper"/> as UTF-8, for the reader to compare property names with.</summary>
    private protected byte[]? WrapperUtf8 { get; }

    /// <summary>Reads the whole body.</summary>
    /// <param name="utf8Json">The body; not empty.</param>
    /// <param name="missing">
    /// The JSON path of the first value the spec promises that the answer lacks (the wrapper itself, or a required
    /// property: <c>vpc</c>, <c>vpc.vpcId</c>, <c>[2].vpcId</c>), or <see langword="null"/>.
    /// </param>
    /// <returns>The result (meaningless when <paramref name="missing"/> is set).</returns>
    /// <exception cref="System.Text.Json.JsonException">The body is not JSON of this shape.</exception>
    internal abstract T Read(ReadOnlySpan<byte> utf8Json, out string? missing);
}

/// <summary>The answer formats a generated client chooses from.</summary>
public static class BceAnswerFormat
{
    /// <summary>The body is one <typeparamref name="T"/> object.</summary>
    /// <typeparam name="T">The model.</typeparam>
    /// <returns>The format (one shared instance per type).</returns>
    public static BceAnswerFormat<T> Model<T>() where T : IBceJsonModel<T> => ObjectAnswerFormat<T>.Plain;

    /// <summary>The body is an object whose property <paramref name="wrapper"/> holds one <typeparamref name="T"/>; a missing or null wrapper is an invalid answer.</summary>
    /// <typeparam name="T">The model.</typeparam>
    /// <param name="wrapper">The wrapper property's JSON name.</param>
    /// <returns>The format.</returns>
    public static BceAnswerFormat<T> Wrapped<T>(string wrapper) where T : IBceJsonModel<T> =>
        new ObjectAnswerFormat<T>(RequireWrapper(wrapper));

    /// <summary>The body is a JSON array of <typeparamref name="T"/> objects.</summary>
    /// <typeparam name="T">The element model.</typeparam>
    /// <returns>The format (one shared instance per type).</returns>
    public static BceAnswerFormat<IReadOnlyList<T>> List<T>() where T : IBceJsonModel<T> => ListAnswerFormat<T>.Plain;

    /// <summary>The body is an object whose property <paramref name="wrapper"/> holds a JSON array of <typeparamref name="T"/> objects.</summary>
    /// <typeparam name="T">The element model.</typeparam>
    /// <param name="wrapper">The wrapper property's JSON name.</param>
    /// <returns>The format.</returns>
    public static BceAnswerFormat<IReadOnlyList<T>> WrappedList<T>(string wrapper) where T : IBceJsonModel<T> =>
        new ListAnswerFormat<T>(RequireWrapper(wrapper));

    private static string RequireWrapper(string wrapper)
    {
        ArgumentException.ThrowIfNullOrEmpty(wrapper);
        return wrapper;
    }
}
