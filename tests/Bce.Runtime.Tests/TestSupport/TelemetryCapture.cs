using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Text;
using Bce.Runtime.Telemetry;

namespace Bce.Runtime.Tests.TestSupport;

/// <summary>Tests that attach process-wide activity or meter listeners, or assert that none is attached, run alone.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TelemetryCollection
{
    public const string Name = "Telemetry";
}

/// <summary>A measurement as a <see cref="MeterListener"/> saw it.</summary>
public sealed record RecordedMeasurement(string Instrument, double Value, IReadOnlyDictionary<string, object?> Tags)
{
    public object? this[string tag] => Tags.GetValueOrDefault(tag);
}

/// <summary>
/// An <see cref="ActivityListener"/> on <c>Bce.Runtime</c> and HttpClient's <c>System.Net.Http</c> (everything sampled
/// and recorded), and a <see cref="MeterListener"/> on the <c>Bce.Runtime</c> meter, like an OpenTelemetry exporter.
/// </summary>
public sealed class TelemetryCapture : IDisposable
{
    public const string HttpClientSourceName = "System.Net.Http";

    private readonly ActivityListener _activityListener;
    private readonly MeterListener _meterListener;
    private readonly ConcurrentQueue<Activity> _stopped = new();
    private readonly ConcurrentQueue<RecordedMeasurement> _measurements = new();

    public TelemetryCapture()
    {
        _activityListener = new ActivityListener
        {
            ShouldListenTo = static source => source.Name is BceDiagnostics.ActivitySourceName or HttpClientSourceName,
            Sample = static (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = _stopped.Enqueue,
        };
        ActivitySource.AddActivityListener(_activityListener);

        _meterListener = new MeterListener
        {
            InstrumentPublished = static (instrument, listener) =>
            {
                if (instrument.Meter.Name == BceDiagnostics.MeterName)
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        _meterListener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(instrument, value, tags));
        _meterListener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(instrument, value, tags));
        _meterListener.Start();
    }

    /// <summary>Every stopped activity from either source, in stop order.</summary>
    public IReadOnlyList<Activity> Activities => [.. _stopped];

    /// <summary>The runtime's call activities for <paramref name="operation"/>.</summary>
    public IReadOnlyList<Activity> Calls(string operation) =>
        [.. _stopped.Where(a => a.Source.Name == BceDiagnostics.ActivitySourceName && (string?)a.GetTagItem(BceDiagnostics.OperationTag) == operation)];

    /// <summary>HttpClient's activities whose parent is <paramref name="call"/>.</summary>
    public IReadOnlyList<Activity> HttpChildren(Activity call) =>
        [.. _stopped.Where(a => a.Source.Name == HttpClientSourceName && a.ParentSpanId == call.SpanId)];

    /// <summary>The measurements of <paramref name="instrument"/> for <paramref name="operation"/>, in order.</summary>
    public IReadOnlyList<RecordedMeasurement> Measurements(string instrument, string operation) =>
        [.. _measurements.Where(m => m.Instrument == instrument && (string?)m[BceDiagnostics.OperationTag] == operation)];

    /// <summary>Every name, tag, event, link, baggage item and status text of every captured activity and measurement.</summary>
    public string Dump()
    {
        var text = new StringBuilder();
        foreach (var activity in _stopped)
        {
            text.AppendLine($"{activity.Source.Name} {activity.OperationName} {activity.DisplayName} {activity.Kind} {activity.Status} {activity.StatusDescription} {activity.TraceStateString}");
            AppendTags(text, activity.TagObjects);
            foreach (var item in activity.Baggage)
            {
                text.AppendLine($"  baggage {item.Key}={item.Value}");
            }

            foreach (var activityEvent in activity.Events)
            {
                text.AppendLine($"  event {activityEvent.Name}");
                AppendTags(text, activityEvent.Tags);
            }

            foreach (var link in activity.Links)
            {
                AppendTags(text, link.Tags ?? []);
            }
        }

        foreach (var measurement in _measurements)
        {
            text.AppendLine($"{measurement.Instrument} {measurement.Value}");
            AppendTags(text, measurement.Tags!);
        }

        return text.ToString();
    }

    public void Dispose()
    {
        _meterListener.Dispose();
        _activityListener.Dispose();
    }

    private static void AppendTags(StringBuilder text, IEnumerable<KeyValuePair<string, object?>> tags)
    {
        foreach (var (key, value) in tags)
        {
            text.AppendLine($"    {key}={value}");
        }
    }

    private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var copy = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, tagValue) in tags)
        {
            copy[key] = tagValue;
        }

        _measurements.Enqueue(new RecordedMeasurement(instrument.Name, value, copy));
    }
}
