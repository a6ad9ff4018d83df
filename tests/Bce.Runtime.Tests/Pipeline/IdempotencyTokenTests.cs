using Bce.Runtime.Pipeline;

namespace Bce.Runtime.Tests.Pipeline;

public sealed class IdempotencyTokenTests
{
    [Fact]
    public void Creates_distinct_uuid_v4_tokens_within_bce_limits()
    {
        var first = IdempotencyToken.Create();
        var second = IdempotencyToken.Create();

        Assert.NotEqual(first, second);
        Assert.Matches("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", first);
        Assert.True(IdempotencyToken.IsValid(first));
    }
}
