using Bce.Testing;

namespace Vpc.Client.Tests.Wire;

/// <summary>
/// Every operation of the eight VPC specs, one table row each (Wire/Rows/*.cs, read from the Go SDK): the generated
/// client must send exactly the method, path, query (bare action flags, clientToken), JSON body and headers of the
/// row, and a signature that the bytes the server received recompute to.
/// </summary>
public sealed class OperationWireTests
{
    public static TheoryData<string> Operations() => new(WireRows.All.Select(row => row.Operation));

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task The_request_on_the_wire_is_the_Go_SDKs(string operation)
    {
        var row = WireRows.ByOperation[operation];
        await using var server = (await LoopbackServer.StartAsync()).Then(new ScriptedAnswer(200, row.Answer));
        using (var clients = new VpcClients(server))
        {
            await row.Call(clients);
        }

        var request = Assert.Single(server.Requests);
        Assert.Equal(row.Method, request.Method);
        Assert.Equal(row.Path, request.RawPath);
        Assert.Equal(QueryParts(row.Query), QueryParts(request.QueryString));
        if (row.Body is null)
        {
            Assert.Equal(string.Empty, request.BodyText);
            Assert.True(request.Header("content-length") is null or "0", $"content-length {request.Header("content-length")} without a body");
        }
        else
        {
            Assert.Equal(row.Body, request.BodyText);
            Assert.Equal("application/json; charset=utf-8", request.Header("content-type"));
            Assert.Equal(request.Body.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), request.Header("content-length"));
        }

        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$", request.Header("x-bce-date") ?? string.Empty);
        Assert.Null(request.Header("x-bce-security-token"));
        Assert.Null(ReceivedSignature.Mismatch(request, VpcClients.Credentials.AccessKeyId, VpcClients.Credentials.SecretAccessKey));
        if (row.Body is not null)
        {
            // The body's headers must be signed, or a proxy could change them unnoticed.
            Assert.Contains(";content-length;", ";" + request.Headers["authorization"].Split('/')[4] + ";");
            Assert.Contains(";content-type;", ";" + request.Headers["authorization"].Split('/')[4] + ";");
        }
    }

    private static string[] QueryParts(string query) =>
        query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal).ToArray();
}
