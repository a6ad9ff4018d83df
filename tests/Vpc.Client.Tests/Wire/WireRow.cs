namespace Vpc.Client.Tests.Wire;

/// <summary>
/// One operation's expected request, as Baidu's Go SDK (<c>services/vpc</c>, see spec/reference/vpc-operations.md)
/// puts it on the wire, plus the call that should produce it through the generated client.
/// </summary>
/// <param name="Operation">The spec's operation name (the client method without <c>Async</c>).</param>
/// <param name="Call">The call through the generated client.</param>
/// <param name="Method">The HTTP method.</param>
/// <param name="Path">The path as sent, still escaped, with the <c>/v1</c> prefix.</param>
/// <param name="Query">
/// The query as sent, still escaped, with its '?' (or empty). Compared as a set of <c>key=value</c> and bare
/// <c>flag</c> parts: Go writes its query from a map, so the order on the wire is not a fact to test.
/// </param>
/// <param name="Body">The exact JSON body, or null when the operation sends none.</param>
/// <param name="Answer">The 200 answer the server gives (a body the response decodes), empty for none.</param>
public sealed record WireRow(string Operation, Func<VpcClients, Task> Call, string Method, string Path, string Query, string? Body, string Answer = "")
{
    /// <summary>The clientToken every mutating row passes, so the query is known in advance.</summary>
    public const string Token = "be31b98c-5e41-4838-9830-9be700de5a20";

    /// <summary>The query part a row expects for its token.</summary>
    public const string TokenQuery = "clientToken=" + Token;

    public override string ToString() => Operation;
}
