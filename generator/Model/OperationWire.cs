using Bce.Generator.Infrastructure;

namespace Bce.Generator.Model;

/// <summary>
/// How one operation travels, settled once by the parser: the path (API version prefix included), the query entries
/// with their style, the headers, the body and how the answer is read. The client emitter only prints it.
/// </summary>
/// <param name="Path">The path, literal text and parameters in order.</param>
/// <param name="Query">The query entries in the order they are sent (the action flag first); the clientToken of an idempotent call follows them.</param>
/// <param name="Headers">Headers the request members fill.</param>
/// <param name="Body">What the JSON body is.</param>
/// <param name="Answer">How a 2xx answer becomes the result.</param>
internal sealed record OperationWire(
    EquatableArray<PathSegment> Path,
    EquatableArray<QueryEntry> Query,
    EquatableArray<HeaderEntry> Headers,
    RequestBody Body,
    AnswerShape Answer);
