using Bce.Generator.Infrastructure;

namespace Bce.Generator.Model;

/// <summary>
/// Polls an operation until one property of its answer reaches a success value, and fails fast on a failure value:
/// the generated <c>WaitUntil{Name}Async</c>.
/// </summary>
/// <param name="Name">Waiter name, e.g. PeerConnActive.</param>
/// <param name="MethodName">The C# method, e.g. <c>WaitUntilPeerConnActiveAsync</c>.</param>
/// <param name="Summary">Documentation.</param>
/// <param name="Operation">The read operation polled (its spec name); it has a response type.</param>
/// <param name="Property">JSON name of the response property watched (a string or enum), or a dotted path of JSON names through objects (<c>endpoint.state</c>).</param>
/// <param name="PropertyMember">The C# member path reading <see cref="Property"/> null-safely (<c>Status</c>, <c>Endpoint?.State</c>).</param>
/// <param name="PropertyIsEnum">Whether the watched property is an enum (compared by its wire text).</param>
/// <param name="Success">Values that end the wait successfully.</param>
/// <param name="Failure">Values that end it with an error (the resource will not get there).</param>
internal sealed record WaiterSpec(
    string Name,
    string MethodName,
    string Summary,
    string Operation,
    string Property,
    string PropertyMember,
    bool PropertyIsEnum,
    EquatableArray<string> Success,
    EquatableArray<string> Failure);
