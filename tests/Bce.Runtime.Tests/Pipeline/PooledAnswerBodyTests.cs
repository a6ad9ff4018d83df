using System.Buffers;
using System.Net;
using System.Text;
using Bce.Runtime.Pipeline;

namespace Bce.Runtime.Tests.Pipeline;

/// <summary>A 2xx body stays in its pooled buffer until returned; an error body is copied and outlives the call.</summary>
public sealed class PooledAnswerBodyTests
{
    private static readonly DateTimeOffset Now = new(2025, 1, 15, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Success_body_is_read_into_a_pooled_buffer_and_returned_once()
    {
        using var content = new ByteArrayContent("{\"a\":1}"u8.ToArray());
        var body = await BoundedContent.ReadAsync(content, 1024, CancellationToken.None);
        using var response = new HttpResponseMessage(HttpStatusCode.OK);

        var answer = AttemptResult.Create(response, body, Now);

        Assert.Equal("{\"a\":1}", Encoding.UTF8.GetString(answer.Body.Span));
        Assert.True(body.Buffer.Length >= body.Length);
        answer.ReturnBuffer();
        answer.ReturnBuffer();
        Assert.True(answer.Body.IsEmpty);
    }

    [Fact]
    public void Error_body_is_copied_and_survives_returning()
    {
        var buffer = ArrayPool<byte>.Shared.Rent(64);
        var json = "{\"code\":\"Oops\",\"message\":\"m\",\"requestId\":\"r\"}"u8;
        json.CopyTo(buffer);
        using var response = new HttpResponseMessage(HttpStatusCode.BadRequest);

        var answer = AttemptResult.Create(response, new PooledBody(buffer, json.Length), Now);
        answer.ReturnBuffer();

        Assert.True(answer.Body.Span.SequenceEqual(json));
        Assert.Equal("Oops", answer.Error?.Code);
    }
}
