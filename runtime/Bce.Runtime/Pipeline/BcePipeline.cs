using System.Globalization;
using System.Net;
using System.Runtime.ExceptionServices;
using System.Text;
using System.Text.Json;
using Bce.Runtime.Credentials;
using Bce.Runtime.Errors;
using Bce.Runtime.Logging;
using Bce.Runtime.Serialization;
using Bce.Runtime.Signing;
using Bce.Runtime.Telemetry;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Bce.Runtime.Pipeline;

/// <summary>
/// Sends <see cref="BceRequestMessage"/>s: retries transient failures (Polly: overall timeout ▸ retry ▸ attempt
/// timeout), and on every attempt re-reads the credentials, stamps a fresh <c>x-bce-date</c> and
/// <c>x-bce-request-id</c>, signs, sends, and buffers the answer. The <c>clientToken</c> is fixed in the message
/// before the first attempt, so every retry carries the same one. After a <c>RequestExpired</c> answer the signing
/// clock follows the service's <c>Date</c> header. Logs to <c>Bce.Runtime.Pipeline.{ServiceName}</c> (see
/// <see cref="BceLogEvents"/>) without secrets, bodies or header and query values outside the allow-lists, and
/// traces each call as one <c>Bce.Runtime</c> Client activity with its attempts, retries and duration on the
/// <c>Bce.Runtime</c> meter (see <see cref="BceDiagnostics"/>), at no cost when nobody listens.
/// </summary>
/// <remarks>
/// Thread-safe; build one per client and reuse it. Every request carries <c>Content-Type: application/json; charset=utf-8</c>
/// (as the Java SDK sends it and as .NET re-serialises it, so a handler reading the header cannot change the signed
/// bytes); .NET can only send a Content-Type with a body, so a bodiless request has an empty one and
/// <c>Content-Length: 0</c>, which is signed like every header on the wire (the Python SDK does the same).
/// </remarks>
public sealed partial class BcePipeline : IDisposable
{
    private static readonly ResiliencePropertyKey<CallState> CallStateKey = new("Bce.CallState");

    private readonly BceServiceDescriptor _service;
    private readonly BceCredentialProvider _credentials;
    private readonly BcePipelineSettings _settings;
    private readonly HttpClient _httpClient;
    private readonly ResiliencePipeline<AttemptResult> _resilience;
    private readonly RetryClassifier _classifier;
    private readonly RetryBackoff _backoff;
    private readonly ILogger _logger;
    private readonly LoggedQuery _loggedQuery;
    private readonly ClockSkew _clockSkew = new();
    private int _disposed;

    /// <summary>Creates the pipeline.</summary>
    /// <param name="service">The service the client talks to.</param>
    /// <param name="credentials">Where the keys come from; asked on every attempt.</param>
    /// <param name="options">Client settings; <see langword="null"/> for the defaults. Validated and copied here.</param>
    /// <exception cref="ArgumentException">An option is out of range; the message names it.</exception>
    public BcePipeline(BceServiceDescriptor service, BceCredentialProvider credentials, BceClientOptions? options)
        : this(service, credentials, options, random: null)
    {
    }

    /// <summary>Creates the pipeline with a fixed jitter source (tests).</summary>
    internal BcePipeline(BceServiceDescriptor service, BceCredentialProvider credentials, BceClientOptions? options, Func<double>? random)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(credentials);
        ArgumentException.ThrowIfNullOrWhiteSpace(service.ServiceName, nameof(service));
        ArgumentNullException.ThrowIfNull(service.RetryableErrorCodes, nameof(service));
        _service = service;
        _credentials = credentials;
        _settings = BcePipelineSettings.Create(service, options);
        _classifier = new RetryClassifier(service.RetryableErrorCodes);
        _backoff = new RetryBackoff(_settings.Retry, random);
        _logger = _settings.LoggerFactory.CreateLogger(BceLogEvents.PipelineCategoryPrefix + service.ServiceName);
        _loggedQuery = new LoggedQuery(service);
        _httpClient = CreateHttpClient(_settings);
        _resilience = BuildResiliencePipeline();
    }

    /// <summary>The service this pipeline talks to.</summary>
    public BceServiceDescriptor Service => _service;

    /// <summary>The resolved endpoint.</summary>
    public Uri Endpoint => _settings.Endpoint;

    /// <summary>
    /// How far the service's clock is ahead of ours, learnt from the <c>Date</c> header of a <c>RequestExpired</c>
    /// answer (within ±24 h, see <see cref="Pipeline.ClockSkew"/>) and added to every later signing time; zero until the
    /// service has complained.
    /// </summary>
    internal TimeSpan ClockSkew => _clockSkew.Current;

    /// <summary>Sends a call whose answer has no body worth reading (writes).</summary>
    /// <param name="message">The call.</param>
    /// <param name="cancellationToken">Cancels the call, including back-off; a cancelled call is never retried.</param>
    /// <returns>The response metadata.</returns>
    /// <exception cref="BceServiceException">The service answered non-2xx (after retries).</exception>
    /// <exception cref="BceClientException">No answer: network failure, timeout, or credentials unavailable.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> fired.</exception>
    public async Task<BceResponse> SendAsync(BceRequestMessage message, CancellationToken cancellationToken = default)
    {
        var state = StartCall(message, cancellationToken);
        BceResponse response;
        try
        {
            var result = await SendCoreAsync(state).ConfigureAwait(false);
            response = CreateResponse(result, state);
        }
        catch (Exception ex)
        {
            FailCall(state, ex);
            throw;
        }

        SucceedCall(state, response);
        return response;
    }

    /// <summary>Sends a call and parses its JSON answer.</summary>
    /// <typeparam name="T">The model the body holds.</typeparam>
    /// <param name="message">The call.</param>
    /// <param name="cancellationToken">Cancels the call, including back-off; a cancelled call is never retried.</param>
    /// <returns>The parsed value with the response metadata.</returns>
    /// <exception cref="BceServiceException">
    /// The service answered non-2xx (after retries), or 2xx with an empty body on a message marked
    /// <see cref="BceRequestMessage.EmptyBodyIsNotFound"/> (404 <c>NoSuchObject</c>).
    /// </exception>
    /// <exception cref="BceClientException">No answer, or a 2xx body that is empty or does not parse.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> fired.</exception>
    public async Task<BceResponse<T>> SendAsync<T>(BceRequestMessage message, CancellationToken cancellationToken = default)
        where T : IBceJsonModel<T>
    {
        var state = StartCall(message, cancellationToken);
        BceResponse<T> response;
        try
        {
            var result = await SendCoreAsync(state).ConfigureAwait(false);
            response = ReadResponse<T>(result, state);
        }
        catch (Exception ex)
        {
            FailCall(state, ex);
            throw;
        }

        SucceedCall(state, response);
        return response;
    }

    private BceResponse<T> ReadResponse<T>(AttemptResult result, CallState state)
        where T : IBceJsonModel<T>
    {
        var message = state.Message;
        var response = CreateResponse(result, state);
        if (IsBlank(result.Body))
        {
            if (message.EmptyBodyIsNotFound)
            {
                BceLog.CallFailed(_logger, message.OperationName, 404, "NoSuchObject", response.RequestId, state.Attempts);
                throw new BceServiceException(
                    404,
                    "NoSuchObject",
                    $"The service answered {result.StatusCode} with an empty body, which for this operation means the resource does not exist.",
                    response.RequestId)
                {
                    OperationName = message.OperationName,
                    ClientToken = message.ClientToken,
                    Attempts = state.Attempts,
                    Headers = result.Headers,
                };
            }

            BceLog.ResponseUnreadable(_logger, message.OperationName, result.StatusCode, typeof(T).Name, "empty body", response.RequestId, state.Attempts);
            throw ParseFailure(message, result, state, $"The service answered {result.StatusCode} with an empty body where a {typeof(T).Name} was expected.", null);
        }

        T value;
        try
        {
            value = BceJson.Deserialize<T>(result.Body);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException or OverflowException or ArgumentException)
        {
            // The type name only: a parser message may quote the body, and STS bodies hold secrets.
            BceLog.ResponseUnreadable(_logger, message.OperationName, result.StatusCode, typeof(T).Name, ex.GetType().Name, response.RequestId, state.Attempts);
            throw ParseFailure(message, result, state, $"The {result.StatusCode} answer could not be read as {typeof(T).Name}: {ex.Message}", ex);
        }

        if (value is IBceRequiredProperties checkable && checkable.FindMissingRequiredProperty() is { } missing)
        {
            // The spec promises this property on every answer: without it the answer is not a success (a create
            // without an id would leave the caller unable to find what it made).
            BceLog.ResponseUnreadable(_logger, message.OperationName, result.StatusCode, typeof(T).Name, "missing " + missing, response.RequestId, state.Attempts);
            throw ParseFailure(
                message, result, state,
                $"The {result.StatusCode} answer is not a valid {typeof(T).Name}: the required property {missing} is missing, null or empty.", null);
        }

        return new BceResponse<T>(response, value);
    }

    /// <summary>Releases the HTTP handler the pipeline created (a caller-supplied <see cref="BceClientOptions.Transport"/> is left alone).</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            _httpClient.Dispose();
        }
    }

    /// <summary>Checks the call can start, then starts its state, clock and activity (before the retry loop).</summary>
    private CallState StartCall(BceRequestMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        cancellationToken.ThrowIfCancellationRequested();
        return new CallState(message, cancellationToken)
        {
            StartedAt = _settings.TimeProvider.GetTimestamp(),
            Activity = BceTelemetry.StartCall(_service.ServiceName, message.OperationName, message.ClientToken, message.Method.Method, _settings.Endpoint),
        };
    }

    private async Task<AttemptResult> SendCoreAsync(CallState state)
    {
        var message = state.Message;
        var context = ResilienceContextPool.Shared.Get(state.CallerToken);
        context.Properties.Set(CallStateKey, state);
        Outcome<AttemptResult> outcome;
        try
        {
            outcome = await _resilience.ExecuteOutcomeAsync(
                static (ctx, s) => s.Pipeline.AttemptAsync(s.State, ctx.CancellationToken),
                context,
                (Pipeline: this, State: state)).ConfigureAwait(false);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }

        if (outcome.Exception is { } exception)
        {
            throw MapFailure(exception, state);
        }

        var result = outcome.Result!;
        if (result.IsSuccess)
        {
            return result;
        }

        BceLog.CallFailed(_logger, message.OperationName, result.StatusCode, result.Error!.Code, result.Error.RequestId ?? result.RequestIdHeader, state.Attempts);
        throw CreateServiceException(result, state);
    }

    /// <summary>One attempt: credentials, a fresh signed request, the buffered answer; every outcome is counted. Never throws.</summary>
    private async ValueTask<Outcome<AttemptResult>> AttemptAsync(CallState state, CancellationToken attemptToken)
    {
        state.Attempts++;
        var started = _settings.TimeProvider.GetTimestamp();
        BceCredentials credentials;
        try
        {
            credentials = await _credentials.GetCredentialsAsync(attemptToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            state.CredentialsFailure = $"credentials unavailable from {_credentials.GetType().Name} ({ex.GetType().Name})";
            LogAttemptFailed(state, state.CredentialsFailure, null, started);
            // Wrapped even when it is already a BceException (an STS error, say): the caller's operation never ran,
            // and its name, token and attempt count belong on the error. Only our own exceptions are quoted and
            // attached: a provider's message (and so its ToString) may hold the very secret it failed to load.
            var description = ex is BceException
                ? ex.Message
                : $"{ex.GetType().Name} (the provider's message is not shown, as it may hold secrets)";
            return Recorded(state, Outcome.FromException<AttemptResult>(new BceClientException(
                $"Could not get credentials from {_credentials.GetType().Name}: {description}", ex as BceException)
            {
                OperationName = state.Message.OperationName,
                ClientToken = state.Message.ClientToken,
                Attempts = state.Attempts,
                IsOutcomeUnknown = state.OutcomeUnknown,
            }));
        }
        catch (OperationCanceledException ex)
        {
            return Recorded(state, Outcome.FromException<AttemptResult>(ex));
        }

        state.Credentials = credentials;
        HttpRequestMessage request;
        try
        {
            request = BuildRequest(state, credentials);
        }
        catch (Exception ex)
        {
            return Recorded(state, Outcome.FromException<AttemptResult>(ex));
        }

        try
        {
            LogRequestHeaders(state, request);
            using var response = await _httpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, attemptToken).ConfigureAwait(false);
            byte[] body;
            try
            {
                body = await BoundedContent.ReadAsync(response.Content, _settings.MaxResponseSize, attemptToken).ConfigureAwait(false);
            }
            catch (AnswerTooLargeException tooLarge)
            {
                return Recorded(state, Outcome.FromException<AttemptResult>(AnswerTooLarge(state, response, tooLarge, started)));
            }

            var now = _settings.TimeProvider.GetUtcNow();
            var result = AttemptResult.Create(response, body, now);
            if (result.StatusCode is 500 or 502 or 504)
            {
                // The service (or a gateway in front of it) failed while handling the request: it may have acted.
                state.MayHaveBeenApplied = true;
            }

            LogAttemptCompleted(state, result, started);
            LearnClockSkew(result, response, now, state);
            return Recorded(state, Outcome.FromResult(result));
        }
        catch (Exception ex)
        {
            // Connect-phase failures prove the service never saw the request; anything later might have been applied.
            if (ex is not HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError or HttpRequestError.SecureConnectionError })
            {
                state.MayHaveBeenApplied = true;
            }

            LogAttemptFailed(state, LogRedaction.DescribeException(ex), LogRedaction.AttachableException(ex), started);
            return Recorded(state, Outcome.FromException<AttemptResult>(ex));
        }
        finally
        {
            request.Dispose();
        }
    }

    /// <summary>An answer past <see cref="BceClientOptions.MaxResponseSize"/>: a client error, not retried, whose status is known.</summary>
    private BceClientException AnswerTooLarge(CallState state, HttpResponseMessage response, AnswerTooLargeException tooLarge, long started)
    {
        var status = (int)response.StatusCode;
        if (status is (>= 200 and < 300) or 500 or 502 or 504)
        {
            state.MayHaveBeenApplied = true;
        }

        var requestId = response.Headers.TryGetValues(BceHeaders.RequestId, out var ids) ? ids.FirstOrDefault() : null;
        state.LastStatusCode = status;
        state.LastRequestId = requestId;
        LogAttemptFailed(state, "answer larger than MaxResponseSize", null, started);
        return new BceClientException(
            $"The service's {status} answer is larger than MaxResponseSize ({tooLarge.Limit} bytes); reading stopped there.")
        {
            OperationName = state.Message.OperationName,
            ClientToken = state.Message.ClientToken,
            Attempts = state.Attempts,
            IsOutcomeUnknown = state.OutcomeUnknown,
            StatusCode = status,
            RequestId = requestId,
        };
    }

    /// <summary>
    /// After <c>RequestExpired</c>, trusts the service's <c>Date</c> header: a local clock that is minutes off would
    /// otherwise fail every retry the same way (the Go SDK's retries resend the stale signature and never recover).
    /// </summary>
    private void LearnClockSkew(AttemptResult result, HttpResponseMessage response, DateTimeOffset now, CallState state)
    {
        if (result.Error?.Code != RetryClassifier.RequestExpiredCode || response.Headers.Date is not { } serverNow)
        {
            return;
        }

        if (_clockSkew.TryLearn(serverNow, now, out var skew))
        {
            BceLog.ClockSkewAdopted(_logger, state.Message.OperationName, (long)skew.TotalMilliseconds, result.RequestIdHeader);
        }
        else
        {
            BceLog.ClockSkewRejected(_logger, state.Message.OperationName, (long)Math.Round(skew.TotalHours), result.RequestIdHeader);
        }
    }

    private void OnRetry(OnRetryArguments<AttemptResult> args)
    {
        if (!args.Context.Properties.TryGetValue(CallStateKey, out var state))
        {
            return;
        }

        if (_logger.IsEnabled(LogLevel.Information))
        {
            BceLog.RetryScheduled(_logger, state.Message.OperationName, args.AttemptNumber + 1, DescribeRetryReason(args.Outcome), (long)args.RetryDelay.TotalMilliseconds);
        }

        RecordRetry(state, args);
    }

    private HttpRequestMessage BuildRequest(CallState state, BceCredentials credentials)
    {
        var message = state.Message;
        var uri = state.RequestUri ??= new Uri(_settings.EndpointPrefix + message.Path + WireQuery.Build(message.Query), UriKind.Absolute);
        var now = _clockSkew.SigningTime(_settings.TimeProvider.GetUtcNow());
        var date = BceSigner.FormatTimestamp(now);
        var content = new ByteArrayContent(message.ContentBytes);
        content.Headers.TryAddWithoutValidation(BceHeaders.ContentType, BceHeaders.JsonContentType);
        var request = new HttpRequestMessage(message.Method, uri) { Content = content };

        // Everything added here is exactly what goes on the wire; the signer sees the same list.
        var headers = new List<KeyValuePair<string, string>>(8)
        {
            new("host", _settings.HostHeader),
            new("content-type", BceHeaders.JsonContentType),
            new("content-length", message.Content.Length.ToString(CultureInfo.InvariantCulture)),
        };
        request.Headers.Host = _settings.HostHeader;
        AddHeader(request, headers, BceHeaders.Date, date);
        // A new id per attempt: each attempt is a separate request in the service's logs; the clientToken ties them together.
        AddHeader(request, headers, BceHeaders.RequestId, Guid.NewGuid().ToString("D"));
        if (credentials.SessionToken is { } token)
        {
            AddHeader(request, headers, BceHeaders.SecurityToken, token);
        }

        if (message.IfMatch is { } ifMatch)
        {
            AddHeader(request, headers, BceHeaders.IfMatch, ifMatch);
        }

        request.Headers.TryAddWithoutValidation(BceHeaders.UserAgent, _settings.UserAgent);
        var canonicalRequest = CanonicalRequest.Create(message.Method.Method, uri.AbsolutePath, message.Query, headers, _settings.HeadersToSign);
        var authorization = BceSigner.CreateAuthorization(credentials, canonicalRequest, now, _settings.ExpirationInSeconds);
        request.Headers.TryAddWithoutValidation(BceHeaders.Authorization, authorization);
        return request;
    }

    private static void AddHeader(HttpRequestMessage request, List<KeyValuePair<string, string>> signed, string name, string value)
    {
        // TryAddWithoutValidation would send a CR or LF as it is; every value is checked, the credentials' included.
        foreach (var c in value)
        {
            if (c is < ' ' or > '~')
            {
                throw new ArgumentException($"The {name} header value contains a control or non-ASCII character; the value is not shown.", nameof(value));
            }
        }

        request.Headers.TryAddWithoutValidation(name, value);
        signed.Add(new(name, value));
    }

    private ResiliencePipeline<AttemptResult> BuildResiliencePipeline()
    {
        var builder = new ResiliencePipelineBuilder<AttemptResult>
        {
            Name = $"Bce.{_service.ServiceName}",
            TimeProvider = _settings.TimeProvider,
        };

        if (_settings.Timeout is { } overall)
        {
            builder.AddTimeout(new TimeoutStrategyOptions
            {
                Timeout = overall,
                OnTimeout = static args =>
                {
                    if (args.Context.Properties.TryGetValue(CallStateKey, out var state))
                    {
                        state.OverallTimedOut = true;
                    }

                    return default;
                },
            });
        }

        if (_settings.Retry.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<AttemptResult>
            {
                MaxRetryAttempts = _settings.Retry.MaxRetries,
                Delay = _settings.Retry.Delay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = false,
                ShouldHandle = args => new ValueTask<bool>(ShouldRetry(args.Outcome, args.Context)),
                DelayGenerator = args => new ValueTask<TimeSpan?>(_backoff.Compute(args.AttemptNumber, args.Outcome.Result?.RetryAfter)),
                OnRetry = args =>
                {
                    OnRetry(args);
                    return default;
                },
            });
        }

        if (_settings.AttemptTimeout is { } perAttempt)
        {
            builder.AddTimeout(perAttempt);
        }

        return builder.Build();
    }

    private bool ShouldRetry(Outcome<AttemptResult> outcome, ResilienceContext context)
    {
        // The context token fires for the caller's cancellation and for the overall timeout: neither is retried.
        if (context.CancellationToken.IsCancellationRequested)
        {
            return false;
        }

        if (outcome.Exception is { } exception)
        {
            return RetryClassifier.IsRetryable(exception, context.CancellationToken);
        }

        var result = outcome.Result!;
        return _classifier.IsRetryable(result.StatusCode, result.Error?.Code)
            && !_backoff.ExceedsMaxDelay(result.RetryAfter)
            && !ExceedsRemainingTime(result.RetryAfter, context);
    }

    /// <summary>Whether waiting as long as <c>Retry-After</c> asks would outlast the overall timeout anyway.</summary>
    private bool ExceedsRemainingTime(TimeSpan? retryAfter, ResilienceContext context) =>
        _settings.Retry.RespectRetryAfter
        && retryAfter is { } requested
        && _settings.Timeout is { } overall
        && context.Properties.TryGetValue(CallStateKey, out var state)
        && requested >= overall - _settings.TimeProvider.GetElapsedTime(state.StartedAt);

    private Exception MapFailure(Exception exception, CallState state)
    {
        var message = state.Message;
        if (exception is OperationCanceledException && state.CallerToken.IsCancellationRequested)
        {
            return new OperationCanceledException($"{message.OperationName} was cancelled by the caller.", exception, state.CallerToken);
        }

        var outcomeUnknown = state.OutcomeUnknown;
        LogFailureWithoutAnswer(exception, state, outcomeUnknown);
        if (exception is BceException)
        {
            ExceptionDispatchInfo.Capture(exception).Throw();
        }

        var description = exception switch
        {
            TimeoutRejectedException when state.OverallTimedOut =>
                $"The call did not complete within the overall timeout of {_settings.Timeout}.",
            TimeoutRejectedException =>
                $"The last attempt did not complete within the attempt timeout of {_settings.AttemptTimeout}.",
            HttpRequestException or IOException =>
                $"Could not get an answer from {_settings.HostHeader}: {exception.Message}",
            _ => $"The request failed: {exception.Message}",
        };

        return new BceClientException(description, exception)
        {
            OperationName = message.OperationName,
            ClientToken = message.ClientToken,
            Attempts = state.Attempts,
            IsOutcomeUnknown = outcomeUnknown,
        };
    }

    private static BceServiceException CreateServiceException(AttemptResult result, CallState state)
    {
        var error = result.Error!;
        return new BceServiceException(result.StatusCode, error.Code, Scrub(error.Message, state), error.RequestId ?? result.RequestIdHeader)
        {
            OperationName = state.Message.OperationName,
            ClientToken = state.Message.ClientToken,
            Attempts = state.Attempts,
            IsOutcomeUnknown = state.OutcomeUnknown,
            RawContent = RawText(result.Body, state),
            RetryAfter = result.RetryAfter,
            Headers = result.Headers,
        };
    }

    private static BceClientException ParseFailure(BceRequestMessage message, AttemptResult result, CallState state, string description, Exception? inner)
    {
        // A 2xx answer means the service acted, even though its answer could not be read.
        state.MayHaveBeenApplied = true;
        return new(Scrub(description, state), inner)
        {
            OperationName = message.OperationName,
            ClientToken = message.ClientToken,
            Attempts = state.Attempts,
            IsOutcomeUnknown = state.OutcomeUnknown,
            StatusCode = result.StatusCode,
            RequestId = result.RequestIdHeader,
            RawContent = RawText(result.Body, state),
        };
    }

    /// <summary>The body as text for an exception: decoded lossily (bad bytes become U+FFFD), secrets removed.</summary>
    private static string? RawText(byte[] body, CallState state) =>
        body.Length == 0
            ? null
            : Scrub(Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, BceServiceException.MaxRawContentLength * 4)), state);

    /// <summary>Removes the call's secrets (as sent, and URI-encoded as a canonical request quotes them) and anything secret-looking.</summary>
    private static string Scrub(string text, CallState state)
    {
        var credentials = state.Credentials;
        var token = credentials?.SessionToken;
        return SecretScrubber.Scrub(text, credentials?.SecretAccessKey, token, token is null ? null : UriEncoder.Encode(token));
    }

    private static BceResponse CreateResponse(AttemptResult result, CallState state) => new(
        result.StatusCode,
        result.RequestIdHeader,
        result.Headers.GetValueOrDefault(BceHeaders.ETag),
        state.Message.ClientToken,
        state.Attempts,
        result.Headers);

    private static bool IsBlank(byte[] body) => body.AsSpan().Trim(" \t\r\n"u8).IsEmpty;

    private static HttpClient CreateHttpClient(BcePipelineSettings settings)
    {
        var client = settings.Transport is { } transport
            ? new HttpClient(transport, disposeHandler: false)
            : new HttpClient(CreateHandler(settings), disposeHandler: true);
        // Timeouts are the resilience pipeline's job (and follow the TimeProvider); HttpClient's own would fight them.
        client.Timeout = Timeout.InfiniteTimeSpan;
        return client;
    }

    private static SocketsHttpHandler CreateHandler(BcePipelineSettings settings) =>
        BceClientOptions.CreatePrimaryHandler(settings.ConnectTimeout, settings.Proxy);
}
