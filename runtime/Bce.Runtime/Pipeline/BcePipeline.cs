using Bce.Runtime.Credentials;
using Bce.Runtime.Errors;
using Bce.Runtime.Logging;
using Bce.Runtime.Serialization;
using Bce.Runtime.Telemetry;
using Microsoft.Extensions.Logging;

namespace Bce.Runtime.Pipeline;

/// <summary>
/// Sends <see cref="BceRequestMessage"/>s through four stages composed here, and nowhere else:
/// the request message (path, query and <c>clientToken</c> fixed once) ▸ <see cref="ResilienceStage"/> (overall
/// timeout, retries, back-off, <c>Retry-After</c>) ▸ <see cref="AttemptStage"/> (attempt timeout, credentials, a fresh
/// <c>x-bce-date</c> and <c>x-bce-request-id</c>, signing, sending, the bounded read, clock skew) ▸
/// <see cref="ResponseReaderStage"/> (2xx → validated model). Every failure is classified once by
/// <see cref="FailureClassifier"/>; the retry decision, the exception (<see cref="FailureExceptions"/>), the logs
/// (<c>Bce.Runtime.Pipeline.{ServiceName}</c>, see <see cref="BceLogEvents"/>) and the telemetry (see
/// <see cref="BceDiagnostics"/>) all read that one result.
/// </summary>
/// <remarks>
/// Thread-safe; build one per client and reuse it. Every request carries <c>Content-Type: application/json; charset=utf-8</c>
/// (as the Java SDK sends it and as .NET re-serialises it, so a handler reading the header cannot change the signed
/// bytes); .NET can only send a Content-Type with a body, so a bodiless request has an empty one and
/// <c>Content-Length: 0</c>, which is signed like every header on the wire (the Python SDK does the same).
/// </remarks>
public sealed class BcePipeline : IDisposable
{
    private readonly BceServiceDescriptor _service;
    private readonly BcePipelineSettings _settings;
    private readonly HttpMessageInvoker _transport;
    private readonly CallTelemetry _calls;
    private readonly ResilienceStage _resilience;
    private readonly AttemptStage _attempt;
    private readonly ResponseReaderStage _reader;
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
        _settings = BcePipelineSettings.Create(service, options);
        _transport = CreateTransport(_settings);

        // The composition: one classifier shared by every stage, each stage with the logger of the service.
        var logger = _settings.LoggerFactory.CreateLogger(BceLogEvents.PipelineCategoryPrefix + service.ServiceName);
        var classifier = new FailureClassifier(service.RetryableErrorCodes, _settings);
        _attempt = new AttemptStage(service, _settings, credentials, _transport, classifier, logger);
        _resilience = new ResilienceStage(service, _settings, _attempt, classifier, new RetryBackoff(_settings.Retry, random), logger);
        _reader = new ResponseReaderStage(logger);
        _calls = new CallTelemetry(service.ServiceName, _settings, logger);
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
    internal TimeSpan ClockSkew => _attempt.ClockSkew;

    /// <summary>Sends a call whose answer has no body worth reading (writes).</summary>
    /// <param name="message">The call.</param>
    /// <param name="cancellationToken">Cancels the call, including back-off; a cancelled call is never retried.</param>
    /// <returns>The response metadata.</returns>
    /// <exception cref="BceServiceException">The service answered non-2xx (after retries).</exception>
    /// <exception cref="BceClientException">No answer: network failure, timeout, or credentials unavailable.</exception>
    /// <exception cref="BceOperationCanceledException">
    /// <paramref name="cancellationToken"/> fired (an <see cref="OperationCanceledException"/> saying whether the write may have been applied).
    /// </exception>
    public async Task<BceResponse> SendAsync(BceRequestMessage message, CancellationToken cancellationToken = default)
    {
        using var call = StartCall(message, cancellationToken);
        // The resilience stage in two steps: a call that needs no retry awaits the first attempt and nothing else.
        var outcome = await _resilience.StartAsync(call).ConfigureAwait(false);
        outcome = await _resilience.RetryIfNeededAsync(outcome).ConfigureAwait(false);

        try
        {
            if (outcome.Failure is { } failure)
            {
                throw Fail(call, failure);
            }

            var response = CreateResponse(outcome.Answer!, call);
            _calls.Succeeded(call, response);
            return response;
        }
        finally
        {
            outcome.Answer?.ReturnBuffer();
        }
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
    /// <exception cref="BceOperationCanceledException">
    /// <paramref name="cancellationToken"/> fired (an <see cref="OperationCanceledException"/> saying whether the write may have been applied).
    /// </exception>
    public Task<BceResponse<T>> SendAsync<T>(BceRequestMessage message, CancellationToken cancellationToken = default)
        where T : IBceJsonModel<T> =>
        SendAsync(message, BceAnswerFormat.Model<T>(), cancellationToken);

    /// <summary>Sends a call and reads its JSON answer in the given shape (a wrapped model, an array of models, ...).</summary>
    /// <typeparam name="T">The result.</typeparam>
    /// <param name="message">The call.</param>
    /// <param name="format">How the body becomes the result; see <see cref="BceAnswerFormat"/>.</param>
    /// <param name="cancellationToken">Cancels the call, including back-off; a cancelled call is never retried.</param>
    /// <returns>The result with the response metadata.</returns>
    /// <exception cref="BceServiceException">
    /// The service answered non-2xx (after retries), or 2xx with an empty body on a message marked
    /// <see cref="BceRequestMessage.EmptyBodyIsNotFound"/> (404 <c>NoSuchObject</c>).
    /// </exception>
    /// <exception cref="BceClientException">
    /// No answer, or a 2xx body that is empty, does not parse, or lacks the wrapper or a required property.
    /// </exception>
    /// <exception cref="BceOperationCanceledException">
    /// <paramref name="cancellationToken"/> fired (an <see cref="OperationCanceledException"/> saying whether the write may have been applied).
    /// </exception>
    public async Task<BceResponse<T>> SendAsync<T>(BceRequestMessage message, BceAnswerFormat<T> format, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(format);
        using var call = StartCall(message, cancellationToken);
        var outcome = await _resilience.StartAsync(call).ConfigureAwait(false);
        outcome = await _resilience.RetryIfNeededAsync(outcome).ConfigureAwait(false);

        try
        {
            var failure = outcome.Failure;
            T? value = default;
            if (failure is null)
            {
                value = _reader.Read(outcome.Answer!, call, format, out failure);
            }

            if (failure is not null)
            {
                throw Fail(call, failure);
            }

            var answer = outcome.Answer!;
            var response = new BceResponse<T>(
                value!, answer.StatusCode, answer.RequestIdHeader, answer.ETagHeader, call.Message.ClientToken, call.Attempts, answer.Headers);
            _calls.Succeeded(call, response);
            return response;
        }
        finally
        {
            // The model and any exception are built; nothing reads the pooled body after this.
            outcome.Answer?.ReturnBuffer();
        }
    }

    /// <summary>Releases the HTTP handler the pipeline created (a caller-supplied <see cref="BceClientOptions.Transport"/> is left alone).</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            _transport.Dispose();
        }
    }

    /// <summary>The request-message stage: checks the call can start and fixes its URI (path, query, clientToken) once.</summary>
    private Call StartCall(BceRequestMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        cancellationToken.ThrowIfCancellationRequested();
        var uri = WireQuery.RequestUri(_settings.EndpointPrefix, message.Path, message.Query);
        return _calls.Start(message, uri, cancellationToken);
    }

    private Exception Fail(Call call, Failure failure)
    {
        _calls.Failed(call, failure);
        return FailureExceptions.Create(failure, call);
    }

    private static BceResponse CreateResponse(AttemptResult answer, Call call) => new(
        answer.StatusCode,
        answer.RequestIdHeader,
        answer.ETagHeader,
        call.Message.ClientToken,
        call.Attempts,
        answer.Headers);

    /// <summary>
    /// The handler chain, called as an <see cref="HttpMessageInvoker"/>: an <see cref="HttpClient"/> would add a base
    /// address, default headers, a timeout and a linked token source per request, none of which the pipeline uses (its
    /// URIs are absolute, its headers its own, its timeouts the stages' on the <see cref="TimeProvider"/>), and HTTP
    /// telemetry is the handler's and the invoker's either way.
    /// </summary>
    private static HttpMessageInvoker CreateTransport(BcePipelineSettings settings) =>
        settings.Transport is { } transport
            ? new HttpMessageInvoker(transport, disposeHandler: false)
            : new HttpMessageInvoker(BceClientOptions.CreatePrimaryHandler(settings.ConnectTimeout, settings.Proxy), disposeHandler: true);
}
