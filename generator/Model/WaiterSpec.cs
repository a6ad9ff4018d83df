using Bce.Generator.Infrastructure;

namespace Bce.Generator.Model;

/// <summary>
/// Polls an operation until one property of its answer reaches a success value, and fails fast on a failure value:
/// the generated <c>WaitUntil{Name}Async</c>.
/// </summary>
/// <param name="Name">Waiter name, e.g. PeerConnActive.</param>
/// <param name="Summary">Documentation.</param>
/// <param name="Operation">The read operation polled; it has a response type.</param>
/// <param name="Property">JSON name of the response property watched (a string or enum).</param>
/// <param name="Success">Values that end the wait successfully.</param>
/// <param name="Failure">Values that end it with an error (the resource will not get there).</param>
internal sealed record WaiterSpec(
    string Name,
    string Summary,
    string Operation,
    string Property,
    EquatableArray<string> Success,
    EquatableArray<string> Failure);
