using System.Text.Json;
using Bce.Runtime.Serialization;
using Bce.Runtime.Signing;

namespace Bce.Runtime.Pipeline;

/// <summary>
/// One logical call, built once by the generated client and replayed by every attempt: each attempt turns it into a
/// fresh, freshly signed <see cref="HttpRequestMessage"/>, so nothing an attempt adds leaks into the next.
/// </summary>
public sealed class BceRequestMessage
{
    /// <summary>The query parameter that carries the idempotency token.</summary>
    public const string ClientTokenParameter = "clientToken";

    private readonly List<KeyValuePair<string, string?>> _query = [];
    // Made on the first SetHeader: few operations send a header of their own.
    private List<KeyValuePair<string, string>>? _headers;
    private string? _ifMatch;

    /// <summary>Creates a message.</summary>
    /// <param name="method">The HTTP method.</param>
    /// <param name="path">The path, already escaped (see <see cref="BceUri.EscapePathSegment"/>), starting with <c>/</c>.</param>
    /// <param name="operationName">The operation name used in errors, for example <c>CreatePeerConn</c>.</param>
    public BceRequestMessage(HttpMethod method, string path, string operationName)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentException.ThrowIfNullOrWhiteSpace(operationName);
        if (!path.StartsWith('/'))
        {
            throw new ArgumentException("The path must start with '/'.", nameof(path));
        }

        if (path.Contains('?') || path.Contains('#'))
        {
            throw new ArgumentException("The path must not carry a query or fragment; use AddQuery.", nameof(path));
        }

        Method = method;
        Path = path;
        OperationName = operationName;
    }

    /// <summary>The HTTP method.</summary>
    public HttpMethod Method { get; }

    /// <summary>The escaped path.</summary>
    public string Path { get; }

    /// <summary>The operation name used in errors.</summary>
    public string OperationName { get; }

    /// <summary>The query parameters in the order added; a <see langword="null"/> value is a bare flag.</summary>
    public IReadOnlyList<KeyValuePair<string, string?>> Query => _query;

    /// <summary>Headers the operation sends besides the ones the pipeline writes (see <see cref="SetHeader"/>), in the order set.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Headers => (IReadOnlyList<KeyValuePair<string, string>>?)_headers ?? [];

    /// <summary>The idempotency token set by <see cref="SetClientToken"/>, if any.</summary>
    public string? ClientToken { get; private set; }

    /// <summary>Sent as <c>If-Match</c>: the write only applies while the resource still has this ETag (else 412).</summary>
    /// <exception cref="ArgumentException">The value contains control characters.</exception>
    public string? IfMatch
    {
        get => _ifMatch;
        set
        {
            if (value is not null && value.Any(char.IsControl))
            {
                throw new ArgumentException("If-Match must not contain control characters.", nameof(value));
            }

            _ifMatch = value;
        }
    }

    /// <summary>
    /// Whether a 2xx answer with an empty body means "not found" (BCE's GetDetail for an unknown id does this). When
    /// set, <see cref="BcePipeline.SendAsync{T}(BceRequestMessage, BceAnswerFormat{T}, CancellationToken)"/> raises a 404 <c>NoSuchObject</c> <see cref="Errors.BceServiceException"/>
    /// instead of a parse error.
    /// </summary>
    public bool EmptyBodyIsNotFound { get; set; }

    /// <summary>The JSON body, or empty when there is none.</summary>
    public ReadOnlyMemory<byte> Content => ContentBytes;

    /// <summary>The body bytes; never changed after <see cref="SetJsonContent"/>, so attempts share them.</summary>
    internal byte[] ContentBytes { get; private set; } = [];

    /// <summary>Adds a query parameter. A parameter named <c>clientToken</c> goes through <see cref="SetClientToken"/>.</summary>
    /// <param name="name">The parameter name (unescaped).</param>
    /// <param name="value">The value (unescaped), or <see langword="null"/> for a bare action flag, sent as <c>?accept</c>.</param>
    public void AddQuery(string name, string? value)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        // Encoding now surfaces text that cannot be sent (lone surrogates) at the call site, not mid-retry.
        _ = UriEncoder.Encode(name);
        _ = UriEncoder.Encode(value ?? string.Empty);
        if (name == ClientTokenParameter && value is not null)
        {
            SetClientToken(value);
            return;
        }

        _query.Add(new(name, value));
    }

    /// <summary>
    /// Sends a header of the operation's own with every attempt. It is signed as the pipeline signs every header:
    /// always when its name starts with <c>x-bce-</c>, otherwise only when <see cref="Signing.BceSignOptions.HeadersToSign"/>
    /// lists it. Setting a name again replaces its value.
    /// </summary>
    /// <param name="name">An HTTP token (letters, digits, <c>!#$%&amp;'*+-.^_`|~</c>), not one the pipeline writes itself.</param>
    /// <param name="value">Printable ASCII (the rule every header the pipeline sends follows: no CR, LF or other control character).</param>
    /// <exception cref="ArgumentException">The name is not a token or is the pipeline's, or the value holds a character that cannot be sent (the value is not shown).</exception>
    public void SetHeader(string name, string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(value);
        if (!HeaderRules.IsToken(name))
        {
            throw new ArgumentException($"'{name}' is not a valid HTTP header name.", nameof(name));
        }

        if (HeaderRules.IsPipelineHeader(name))
        {
            throw new ArgumentException($"The {name} header is written by the pipeline; an operation cannot set it.", nameof(name));
        }

        HeaderRules.EnsureSendable(name, value);
        _headers ??= [];
        _headers.RemoveAll(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase));
        _headers.Add(new(name, value));
    }

    /// <summary>
    /// Sets the idempotency token (query <c>clientToken</c>). Every attempt of this call sends the same token, and
    /// responses and exceptions report it, so the caller can safely call again after an unknown outcome.
    /// </summary>
    /// <param name="token">1–64 printable ASCII characters; see <see cref="IdempotencyToken.Create"/>.</param>
    /// <exception cref="ArgumentException">The token is not acceptable to BCE.</exception>
    public void SetClientToken(string token)
    {
        if (!IdempotencyToken.IsValid(token))
        {
            throw new ArgumentException($"A clientToken must be 1 to {IdempotencyToken.MaxLength} printable ASCII characters without spaces.", nameof(token));
        }

        _query.RemoveAll(static p => p.Key == ClientTokenParameter);
        _query.Add(new(ClientTokenParameter, token));
        ClientToken = token;
    }

    /// <summary>Writes the JSON body once; every attempt sends these bytes.</summary>
    /// <param name="write">Writes exactly one JSON value.</param>
    public void SetJsonContent(Action<Utf8JsonWriter> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        ContentBytes = BceJson.Write(write);
    }

    /// <summary>Describes the call without values that could be sensitive.</summary>
    /// <returns>The operation, method and path.</returns>
    public override string ToString() => $"{OperationName}: {Method} {Path}";
}
