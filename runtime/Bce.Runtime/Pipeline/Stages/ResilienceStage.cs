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
        _retry = BuildRetry(service.ServiceName);
    }

    /// <summary>Runs the attempts of <paramref name="call"/>; the last outcome is a 2xx answer or a classified failure. Never throws.</summary>
    public async ValueTask<AttemptOutcome> SendAsync(Call call)
    {
        if (_settings.Timeout is { } overall)
        {
            call.StartOverallTimeout(overall, _settings.TimeProvider);
        }

        var context = ResilienceContextPool.Shared.Get(call.Token);
        try
        {
            var outcome = await _retry.ExecuteOutcomeAsync(
                static async (_, state) => Outcome.FromResult(await state.Attempt.SendAsync(state.Call).ConfigureAwait(false)),
                context,
                (Attempt: _attempt, Call: call)).ConfigureAwait(false);
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
                // The classifier decided once; a fired call token (caller or overall timeout) is never retried.
                ShouldHandle = static args => new ValueTask<bool>(
                    args.Outcome.Result.Failure is { Retryable: true } && !args.Context.CancellationToken.IsCancellationRequested),
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
}
