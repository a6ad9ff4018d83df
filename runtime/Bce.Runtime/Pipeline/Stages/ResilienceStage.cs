using Polly;
using Polly.Retry;

namespace Bce.Runtime.Pipeline;

/// <summary>
/// Repeats the attempt stage while the classifier says a failure is retryable: the overall timeout
/// (<see cref="BceClientOptions.Timeout"/>, a deadline on the <see cref="TimeProvider"/> owned here), and a Polly
/// retry strategy whose back-off is <see cref="RetryBackoff"/> (exponential, jitter, <c>Retry-After</c>). Polly does
/// the loop and the waiting and nothing else: it never sees an exception, so it never has to tell timeouts apart.
/// </summary>
internal sealed partial class ResilienceStage
{
    private readonly BcePipelineSettings _settings;
    private readonly AttemptStage _attempt;
    private readonly FailureClassifier _classifier;
    private readonly RetryBackoff _backoff;
    private readonly ResiliencePipeline<AttemptOutcome> _retry;
    private readonly bool _retries;
    private readonly Microsoft.Extensions.Logging.ILogger _logger;
    private readonly string _serviceName;

    public ResilienceStage(
        BceServiceDescriptor service, BcePipelineSettings settings, AttemptStage attempt, FailureClassifier classifier,
        RetryBackoff backoff, Microsoft.Extensions.Logging.ILogger logger)
    {
        _settings = settings;
        _attempt = attempt;
        _classifier = classifier;
        _backoff = backoff;
        _logger = logger;
        _serviceName = service.ServiceName;
        _retries = settings.Retry.MaxRetries > 0;
        _retry = BuildRetry(service.ServiceName);
    }

    /// <summary>
    /// Starts <paramref name="call"/>: arms the overall timeout and sends the first attempt (the attempt stage's own
    /// task, with no frame of this stage around it). Never throws; pass the outcome to <see cref="RetryIfNeededAsync"/>.
    /// </summary>
    /// <remarks>
    /// The first attempt runs before Polly is entered: most calls end there, and then cost no retry frame, no pooled
    /// context and no callback. A retryable first outcome enters the retry strategy (<see cref="RetryIfNeededAsync"/>), whose
    /// first execution hands that outcome over instead of sending again, so Polly sees, counts, delays and logs exactly
    /// the attempts it would have run itself.
    /// </remarks>
    public ValueTask<AttemptOutcome> StartAsync(Call call)
    {
        if (_settings.Timeout is { } overall)
        {
            call.StartOverallTimeout(overall, _settings.TimeProvider);
        }

        return _attempt.SendAsync(call);
    }

    /// <summary>
    /// The call's last outcome: <paramref name="first"/> itself, already complete, unless retries are configured and
    /// the classifier says it is retryable; then the retries. Never throws.
    /// </summary>
    public ValueTask<AttemptOutcome> RetryIfNeededAsync(AttemptOutcome first) =>
        _retries && ShouldRetry(first, first.Call.Token) ? RetryAsync(first) : new ValueTask<AttemptOutcome>(first);

    private async ValueTask<AttemptOutcome> RetryAsync(AttemptOutcome first)
    {
        var call = first.Call;
        var context = ResilienceContextPool.Shared.Get(call.Token);
        try
        {
            var outcome = await _retry.ExecuteOutcomeAsync(
                static (_, run) => run.NextAsync(),
                context,
                new RetryRun(_attempt, call, first)).ConfigureAwait(false);
            // Polly's only exception: the caller's cancellation or the overall timeout, during the back-off.
            return outcome.Exception is { } interrupted
                ? new AttemptOutcome(call, null, _classifier.ClassifyInterrupted(interrupted, call))
                : outcome.Result;
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    /// <summary>The classifier decided once; a fired call token (caller or overall timeout) is never retried.</summary>
    private static bool ShouldRetry(in AttemptOutcome outcome, CancellationToken callToken) =>
        outcome.Failure is { Retryable: true } && !callToken.IsCancellationRequested;

    private ResiliencePipeline<AttemptOutcome> BuildRetry(string serviceName)
    {
        var builder = new ResiliencePipelineBuilder<AttemptOutcome>
        {
            Name = $"Bce.{serviceName}",
            TimeProvider = _settings.TimeProvider,
        };

        if (_settings.Retry.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<AttemptOutcome>
            {
                MaxRetryAttempts = _settings.Retry.MaxRetries,
                Delay = _settings.Retry.Delay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = false,
                ShouldHandle = static args => new ValueTask<bool>(ShouldRetry(args.Outcome.Result, args.Context.CancellationToken)),
                DelayGenerator = args => new ValueTask<TimeSpan?>(_backoff.Compute(args.AttemptNumber, args.Outcome.Result.Answer?.RetryAfter)),
                OnRetry = args =>
                {
                    OnRetry(args.Outcome.Result, args.AttemptNumber + 1, args.RetryDelay);
                    return default;
                },
            });
        }

        return builder.Build();
    }

    /// <summary>The attempts Polly runs for one call: the first is the one already made, every later one is sent.</summary>
    private sealed class RetryRun(AttemptStage attempt, Call call, AttemptOutcome first)
    {
        private bool _firstHandedOver;

        public async ValueTask<Outcome<AttemptOutcome>> NextAsync()
        {
            if (!_firstHandedOver)
            {
                _firstHandedOver = true;
                return Outcome.FromResult(first);
            }

            return Outcome.FromResult(await attempt.SendAsync(call).ConfigureAwait(false));
        }
    }
}
