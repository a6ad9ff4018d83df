namespace Bce.Emulator;

/// <summary>
/// When and how to fail requests. A rule matches requests for <see cref="Operation"/> (or every operation) and fires
/// on every match, on the first <see cref="Times"/> matches, or only on the <see cref="Nth"/> match, each time with
/// probability <see cref="Rate"/> drawn from the injector's seeded random source.
/// </summary>
/// <param name="Kind">What the fault does.</param>
public sealed record FaultRule(FaultKind Kind)
{
    /// <summary>The operation to fail (one of <see cref="OperationNames"/>); null fails any operation.</summary>
    public string? Operation { get; init; }

    /// <summary>Probability in [0, 1] that a matching request fails. Default 1.</summary>
    public double Rate { get; init; } = 1.0;

    /// <summary>Fire at most this many times, then retire the rule; null for no limit.</summary>
    public int? Times { get; init; }

    /// <summary>Fire only on the Nth matching request (1-based, counted from when the rule was added), then retire.</summary>
    public int? Nth { get; init; }

    /// <summary>How long <see cref="FaultKind.Delay"/> waits.</summary>
    public TimeSpan Delay { get; init; }

    /// <summary>Whether the fault is applied after the request was handled.</summary>
    internal bool IsAfterWrite => Kind is FaultKind.Status500AfterWrite or FaultKind.DropConnectionAfterWrite;

    /// <summary>Throws when the rule cannot work.</summary>
    internal void Validate()
    {
        if (!Enum.IsDefined(Kind))
        {
            throw new ArgumentOutOfRangeException(nameof(Kind), Kind, "Unknown fault kind.");
        }

        if (Operation is not null && !OperationNames.All.Contains(Operation))
        {
            throw new ArgumentException($"Unknown operation '{Operation}'; use one of {nameof(OperationNames)}.", nameof(Operation));
        }

        if (double.IsNaN(Rate) || Rate is < 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(Rate), Rate, "The rate must be between 0 and 1.");
        }

        if (Times is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(Times), Times, "Times must be at least 1.");
        }

        if (Nth is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(Nth), Nth, "Nth is 1-based.");
        }

        if (Times is not null && Nth is not null)
        {
            throw new ArgumentException("Set Times or Nth, not both.", nameof(Nth));
        }

        if (Kind == FaultKind.Delay && Delay <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(Delay), Delay, "A Delay fault needs a positive Delay.");
        }
    }
}
