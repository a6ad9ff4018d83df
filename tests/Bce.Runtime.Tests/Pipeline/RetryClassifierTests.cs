using System.Net.Sockets;
using Bce.Runtime.Pipeline;
using Polly.Timeout;

namespace Bce.Runtime.Tests.Pipeline;

public sealed class RetryClassifierTests
{
    private readonly RetryClassifier _classifier = new(["PeerConn.Busy"]);

    [Theory]
    [InlineData(500, "InternalError", true)]
    [InlineData(502, null, true)]
    [InlineData(503, "ServiceUnavailable", true)]
    [InlineData(504, null, true)]
    [InlineData(429, "TooManyRequests", true)]
    [InlineData(408, null, true)]
    [InlineData(400, "Http400", true)]
    [InlineData(400, "RequestExpired", true)]
    [InlineData(403, "RequestExpired", true)]
    [InlineData(409, "PeerConn.Busy", true)]
    [InlineData(400, "InvalidHTTPRequest", false)]
    [InlineData(400, "SignatureDoesNotMatch", false)]
    [InlineData(400, "http400", false)]
    [InlineData(400, null, false)]
    [InlineData(401, null, false)]
    [InlineData(403, "AccessDenied", false)]
    [InlineData(404, "NoSuchObject", false)]
    [InlineData(409, "PeerConn.VpcPairExists", false)]
    [InlineData(412, "PreconditionFailed", false)]
    [InlineData(501, null, false)]
    [InlineData(200, "Http400", false)]
    [InlineData(204, null, false)]
    public void Answers(int status, string? code, bool retry)
    {
        Assert.Equal(retry, _classifier.IsRetryable(status, code));
    }

    public static TheoryData<Exception, bool> Exceptions() => new()
    {
        { new HttpRequestException("reset", new IOException("connection reset")), true },
        { new HttpRequestException(HttpRequestError.ConnectionError, "refused", new SocketException()), true },
        { new HttpRequestException(HttpRequestError.ResponseEnded, "ended"), true },
        { new HttpRequestException(HttpRequestError.SecureConnectionError, "bad certificate"), false },
        { new IOException("broken pipe"), true },
        { new TimeoutRejectedException("attempt timed out"), true },
        { new OperationCanceledException(), false },
        { new InvalidOperationException(), false },
        { new Bce.Runtime.Errors.BceClientException("no credentials"), false },
    };

    [Theory]
    [MemberData(nameof(Exceptions))]
    public void Failures(Exception exception, bool retry)
    {
        Assert.Equal(retry, RetryClassifier.IsRetryable(exception, CancellationToken.None));
    }

    [Fact]
    public void Nothing_is_retried_once_the_caller_cancelled()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.False(RetryClassifier.IsRetryable(new HttpRequestException("reset"), cancelled.Token));
        Assert.False(RetryClassifier.IsRetryable(new TimeoutRejectedException(), cancelled.Token));
    }
}
