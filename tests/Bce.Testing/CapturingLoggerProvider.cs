using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.Logging;

namespace Bce.Testing;

/// <summary>One log call exactly as a sink would see it: the formatted text, every structured value, the exception.</summary>
public sealed record CapturedLog(
    string Category,
    LogLevel Level,
    EventId EventId,
    string Message,
    IReadOnlyList<KeyValuePair<string, object?>> State,
    string? Exception)
{
    /// <summary>The structured value named <paramref name="key"/>; <see cref="KeyNotFoundException"/> when there is not exactly one.</summary>
    public object? this[string key]
    {
        get
        {
            var match = State.Where(p => p.Key == key).ToList();
            return match.Count == 1
                ? match[0].Value
                : throw new KeyNotFoundException($"Event {EventId.Name} has no single field {key}; it has {string.Join(", ", State.Select(p => p.Key))}.");
        }
    }
}

/// <summary>
/// A logger provider at Trace that records everything any sink could write: category, event, formatted message, each
/// state key and value (as text too), scopes, and each exception's <c>ToString()</c>.
/// </summary>
public sealed class CapturingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<CapturedLog> _logs = new();
    private readonly ConcurrentQueue<string> _scopes = new();

    public IReadOnlyList<CapturedLog> Logs => [.. _logs];

    /// <summary>A factory that sends every level to this provider; the test owns (and disposes) it.</summary>
    public ILoggerFactory CreateFactory(LogLevel minimumLevel = LogLevel.Trace) =>
        LoggerFactory.Create(builder => builder.SetMinimumLevel(minimumLevel).AddProvider(this));

    public ILogger CreateLogger(string categoryName) => new CapturingLogger(this, categoryName);

    /// <summary>The events with <paramref name="eventId"/>, in the order they were logged.</summary>
    public IReadOnlyList<CapturedLog> Events(int eventId) => [.. _logs.Where(l => l.EventId.Id == eventId)];

    /// <summary>Everything captured as one text, for "this never appears" assertions.</summary>
    public string Dump()
    {
        var builder = new StringBuilder();
        foreach (var scope in _scopes)
        {
            builder.AppendLine(scope);
        }

        foreach (var log in _logs)
        {
            builder.Append(log.Category).Append(' ').Append(log.Level).Append(' ').Append(log.EventId.Id).Append(' ')
                .Append(log.EventId.Name).Append(' ').AppendLine(log.Message);
            foreach (var (key, value) in log.State)
            {
                builder.Append("  ").Append(key).Append('=').AppendLine(Convert.ToString(value, CultureInfo.InvariantCulture));
            }

            if (log.Exception is not null)
            {
                builder.AppendLine(log.Exception);
            }
        }

        return builder.ToString();
    }

    public void Dispose()
    {
    }

    private sealed class CapturingLogger(CapturingLoggerProvider owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull
        {
            owner._scopes.Enqueue(Convert.ToString(state, CultureInfo.InvariantCulture) ?? string.Empty);
            return null;
        }

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? pairs.ToList() : [];
            owner._logs.Enqueue(new CapturedLog(category, logLevel, eventId, formatter(state, exception), values, exception?.ToString()));
        }
    }
}
