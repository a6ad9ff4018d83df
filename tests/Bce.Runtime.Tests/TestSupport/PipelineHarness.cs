using Bce.Runtime.Credentials;
using Bce.Runtime.Pipeline;
using Microsoft.Extensions.Time.Testing;

namespace Bce.Runtime.Tests.TestSupport;

/// <summary>
/// A loopback server and a pipeline pointed at it, on a fake clock that the server moves one second per request:
/// attempts get distinct <c>x-bce-date</c>s without any test waiting on the wall clock. Retry delays are zero unless a
/// test asks otherwise, and a delayed retry only happens when the test advances the clock.
/// </summary>
public sealed class PipelineHarness : IAsyncDisposable
{
    public static readonly BceServiceDescriptor Service = new("Widgets", "widgets.{region}.example.com", "bj", ["Widgets.Busy"]);

    private readonly List<DateTimeOffset> _arrivals = [];

    private PipelineHarness(LoopbackServer server, FakeTimeProvider time)
    {
        Server = server;
        Time = time;
        server.OnRequest = _ =>
        {
            lock (_arrivals)
            {
                _arrivals.Add(time.GetUtcNow());
            }

            time.Advance(TimeSpan.FromSeconds(1));
        };
    }

    public LoopbackServer Server { get; }

    public FakeTimeProvider Time { get; }

    public BcePipeline Pipeline { get; private set; } = null!;

    /// <summary>The fake time at which each request reached the server.</summary>
    public IReadOnlyList<DateTimeOffset> Arrivals
    {
        get
        {
            lock (_arrivals)
            {
                return [.. _arrivals];
            }
        }
    }

    public static async Task<PipelineHarness> StartAsync(Action<BceClientOptions>? configure = null, BceCredentialProvider? credentials = null)
    {
        var server = await LoopbackServer.StartAsync();
        var harness = new PipelineHarness(server, new FakeTimeProvider(TestKeys.Epoch));
        var options = new BceClientOptions
        {
            Endpoint = server.BaseUri,
            TimeProvider = harness.Time,
            Retry = { Delay = TimeSpan.Zero, MaxDelay = TimeSpan.FromSeconds(20), UseJitter = false },
            // Off by default: a test that advances the fake clock must not time out an attempt that is merely slow
            // on a busy machine. Timeout tests turn it on and move the clock from the server side.
            AttemptTimeout = Timeout.InfiniteTimeSpan,
        };
        configure?.Invoke(options);
        harness.Pipeline = new BcePipeline(Service, credentials ?? new StaticCredentialProvider(TestKeys.AccessKeyId, TestKeys.SecretAccessKey), options);
        return harness;
    }

    /// <summary>
    /// Moves the fake clock in small steps until <paramref name="condition"/> holds. Steps taken before the client has
    /// armed its timer are simply wasted, so a test can only over-wait, never under-wait.
    /// </summary>
    public async Task AdvanceUntil(Func<bool> condition, TimeSpan step)
    {
        for (var i = 0; i < 2000 && !condition(); i++)
        {
            Time.Advance(step);
            await Task.Delay(2);
        }

        Assert.True(condition(), "The condition never held while advancing the fake clock.");
    }

    /// <summary>Waits (on the wall clock, bounded) for something the server or client does on its own.</summary>
    public static async Task WaitUntil(Func<bool> condition)
    {
        for (var i = 0; i < 2000 && !condition(); i++)
        {
            await Task.Delay(5);
        }

        Assert.True(condition(), "The condition never held.");
    }

    public async ValueTask DisposeAsync()
    {
        Pipeline.Dispose();
        await Server.DisposeAsync();
    }
}
