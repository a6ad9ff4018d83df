#if !NET
namespace Bce.Runtime;

/// <summary>
/// netstandard2.0 bodies of the task helpers .NET added; the <see cref="TimeProvider"/> ones go to
/// Microsoft.Bcl.TimeProvider's extensions, so a fake clock drives them exactly as on net10.0.
/// </summary>
internal static class TaskPolyfills
{
    extension(ValueTask)
    {
        public static ValueTask<TResult> FromResult<TResult>(TResult result) => new(result);
    }

    extension(Task)
    {
        public static Task Delay(TimeSpan delay, TimeProvider timeProvider, CancellationToken cancellationToken) =>
            timeProvider.Delay(delay, cancellationToken);
    }

    extension<TResult>(Task<TResult> task)
    {
        public Task<TResult> WaitAsync(CancellationToken cancellationToken) =>
            task.WaitAsync(Timeout.InfiniteTimeSpan, TimeProvider.System, cancellationToken);
    }
}
#endif
