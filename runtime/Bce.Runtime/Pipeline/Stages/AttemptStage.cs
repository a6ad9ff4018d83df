using System.Globalization;
using System.Runtime.CompilerServices;
using Bce.Runtime.Compatibility;
using Bce.Runtime.Credentials;
using Bce.Runtime.Signing;
using Bce.Runtime.Telemetry;
using Microsoft.Extensions.Logging;

namespace Bce.Runtime.Pipeline;

/// <summary>
/// One attempt, once per try: its own deadline (<see cref="BceClientOptions.AttemptTimeout"/> on the
/// <see cref="TimeProvider"/>), credentials, a fresh <c>x-bce-date</c> (with the learnt <see cref="ClockSkew"/>) and
/// <c>x-bce-request-id</c>, every header value checked, signed, sent, and the answer read within
/// <see cref="BceClientOptions.MaxResponseSize"/>. A <c>RequestExpired</c> answer teaches the clock skew. Every
/// failure goes to the <see cref="FailureClassifier"/> here, where the attempt's own deadline is still known; the stage
/// never throws.
/// </summary>
internal sealed partial class AttemptStage
{
    private readonly BcePipelineSettings _settings;
    private readonly BceCredentialProvider _credentials;
    private readonly HttpMessageInvoker _transport;
    private readonly FailureClassifier _classifier;
    private readonly ILogger _logger;
    private readonly string _serviceName;
    private readonly LoggedQuery _loggedQuery;
    private readonly ClockSkew _clockSkew = new();
    private readonly HashSet<string>? _headersToSign;

    public AttemptStage(
        BceServiceDescriptor service, BcePipelineSettings settings, BceCredentialProvider credentials, HttpMessageInvoker transport,
        FailureClassifier classifier, ILogger logger)
    {
        _settings = settings;
        _credentials = credentials;
        _transport = transport;
        _classifier = classifier;
        _logger = logger;
        _serviceName = service.ServiceName;
        _loggedQuery = new LoggedQuery(service);
        _headersToSign = PooledSigner.NormaliseHeadersToSign(settings.HeadersToSign);
    }

    /// <summary>How far the service's clock is ahead of ours (see <see cref="Pipeline.ClockSkew"/>).</summary>
    public TimeSpan ClockSkew => _clockSkew.Current;

#if NET
    // Pooled: the state machine is reused across calls instead of allocated per call (netstandard2.0 has no pooling builder).
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
#endif
    public async ValueTask<AttemptOutcome> SendAsync(Call call)
    {
        call.Attempts++;
        var started = _settings.TimeProvider.GetTimestamp();
        // The attempt's own deadline, linked to the call's token (caller and overall timeout).
        using var deadline = _settings.AttemptTimeout is { } timeout ? Deadline.Start(call.Token, timeout, _settings.TimeProvider) : default;
        var token = deadline.Token.CanBeCanceled ? deadline.Token : call.Token;
        BceCredentials credentials;
        try
        {
            credentials = await _credentials.GetCredentialsAsync(token).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            var failure = ex is OperationCanceledException
                ? _classifier.ClassifyException(ex, call, sent: false, deadline.Fired)
                : _classifier.ClassifyCredentialsFailure(ex, _credentials.GetType().Name, call);
            return Failed(call, failure, started);
        }

        call.Credentials = credentials;
        HttpRequestMessage request;
        try
        {
            request = BuildRequest(call, credentials);
        }
        catch (Exception ex)
        {
            return Failed(call, _classifier.ClassifyException(ex, call, sent: false, attemptTimedOut: false), started);
        }

        try
        {
            LogRequestHeaders(call, request);
            // Returns once the headers are in (an invoker never buffers the body): the bounded read below is the only one.
            using var response = await _transport.SendAsync(request, token).ConfigureAwait(false);
            PooledBody body;
            try
            {
                body = await BoundedContent.ReadAsync(response.Content, _settings.MaxResponseSize, token).ConfigureAwait(false);
            }
            catch (AnswerTooLargeException tooLarge)
            {
                var requestId = response.Headers.TryGetValues(BceHeaders.RequestId, out var ids) ? ids.FirstOrDefault() : null;
                return Failed(call, _classifier.ClassifyTooLarge((int)response.StatusCode, requestId, tooLarge.Limit, call), started);
            }

            var now = _settings.TimeProvider.GetUtcNow();
            var answer = AttemptResult.Create(response, body, now);
            LogAttemptCompleted(call, answer, started);
            LearnClockSkew(answer, response, now, call);
            call.LastStatusCode = answer.StatusCode;
            call.LastRequestId = answer.Error?.RequestId ?? answer.RequestIdHeader;
            var failure = _classifier.ClassifyAnswer(answer, call);
            RecordAttempt(call, CallOutcome.ForStatus(answer.StatusCode));
            return new AttemptOutcome(call, answer, failure);
        }
        catch (Exception ex)
        {
            return Failed(call, _classifier.ClassifyException(ex, call, sent: true, deadline.Fired), started);
        }
        finally
        {
            request.Dispose();
        }
    }

    private AttemptOutcome Failed(Call call, Failure failure, long started)
    {
        LogAttemptFailed(call, failure, started);
        RecordAttempt(call, failure.Outcome);
        return new AttemptOutcome(call, failure.Answer, failure);
    }

    /// <summary>
    /// After <c>RequestExpired</c>, trusts the service's <c>Date</c> header: a local clock that is minutes off would
    /// otherwise fail every retry the same way (the Go SDK's retries resend the stale signature and never recover).
    /// </summary>
    private void LearnClockSkew(AttemptResult answer, HttpResponseMessage response, DateTimeOffset now, Call call)
    {
        if (answer.Error?.Code != FailureClassifier.RequestExpiredCode || response.Headers.Date is not { } serverNow)
        {
            return;
        }

        if (_clockSkew.TryLearn(serverNow, now, out var skew))
        {
            LogClockSkewAdopted(call, skew, answer);
        }
        else
        {
            LogClockSkewRejected(call, skew, answer);
        }
    }

    private HttpRequestMessage BuildRequest(Call call, BceCredentials credentials)
    {
        var message = call.Message;
        var uri = call.RequestUri;
        var now = _clockSkew.SigningTime(_settings.TimeProvider.GetUtcNow());
        var date = BceSigner.FormatTimestamp(now);
        var content = new ByteArrayContent(message.ContentBytes);
        content.Headers.TryAddWithoutValidation(BceHeaders.ContentType, BceHeaders.JsonContentType);
        var request = new HttpRequestMessage(message.Method, uri) { Content = content };

        // Everything added here is exactly what goes on the wire; the signer sees the same list (on the stack).
        var buffer = default(SignedHeaderBuffer);
        Span<KeyValuePair<string, string>> headers = buffer;
        if (message.Headers.Count > 0)
        {
            // The operation's own headers are rare (most calls use the stack buffer); they are signed like the rest.
            headers = new KeyValuePair<string, string>[PipelineHeaderCount + message.Headers.Count];
        }

        headers[0] = new("host", _settings.HostHeader);
        headers[1] = new("content-type", BceHeaders.JsonContentType);
        headers[2] = new("content-length", message.Content.Length.ToString(CultureInfo.InvariantCulture));
        var count = 3;
        request.Headers.Host = _settings.HostHeader;
        AddHeader(request, headers, ref count, BceHeaders.Date, date);
        // A new id per attempt: each attempt is a separate request in the service's logs; the clientToken ties them together.
        AddHeader(request, headers, ref count, BceHeaders.RequestId, Guid.NewGuid().ToString("D"));
        if (credentials.SessionToken is { } token)
        {
            AddHeader(request, headers, ref count, BceHeaders.SecurityToken, token);
        }

        if (message.IfMatch is { } ifMatch)
        {
            AddHeader(request, headers, ref count, BceHeaders.IfMatch, ifMatch);
        }

        for (var i = 0; i < message.Headers.Count; i++)
        {
            var (name, value) = message.Headers[i];
            AddHeader(request, headers, ref count, name, value);
        }

        request.Headers.TryAddWithoutValidation(BceHeaders.UserAgent, _settings.UserAgent);
        request.Headers.TryAddWithoutValidation(BceHeaders.AcceptEncoding, ContentCoding.Accepted);
        var authorization = PooledSigner.Sign(
            credentials, message.Method.Method, uri.AbsolutePath, message.Query, headers[..count], _headersToSign, now, _settings.ExpirationInSeconds);
        request.Headers.TryAddWithoutValidation(BceHeaders.Authorization, authorization);
        return request;
    }

    private static void AddHeader(HttpRequestMessage request, Span<KeyValuePair<string, string>> signed, ref int count, string name, string value)
    {
        // TryAddWithoutValidation would send a CR or LF as it is; every value is checked, the credentials' included.
        HeaderRules.EnsureSendable(name, value);
        request.Headers.TryAddWithoutValidation(name, value);
        signed[count++] = new(name, value);
    }

    /// <summary>The headers the pipeline itself may sign: host, content-type, content-length, date, request id, token, If-Match.</summary>
    private const int PipelineHeaderCount = 7;
}
