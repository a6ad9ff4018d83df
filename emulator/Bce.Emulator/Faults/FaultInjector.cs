namespace Bce.Emulator;

/// <summary>
/// Decides, request by request, whether to inject a fault, and counts what it saw. Rules are tried in the order they
/// were added; the first that fires wins, and the others still count the request as a match. Random draws come from
/// one <see cref="Random"/> seeded with <see cref="Seed"/>, and are made only for rules with a rate below 1, so a
/// sequential client sees the same faults on every run with the same seed.
/// </summary>
public sealed class FaultInjector
{
    private readonly object _gate = new();
    private readonly Random _random;
    private readonly List<ActiveRule> _rules = [];
    private readonly Dictionary<string, int> _requestsSeen = new(StringComparer.Ordinal);
    private readonly Dictionary<FaultKind, int> _faultsFired = [];

    internal FaultInjector(int seed)
    {
        Seed = seed;
        _random = new Random(seed);
    }

    /// <summary>The seed of the random source; pass it as <see cref="EmulatorOptions.FaultSeed"/> to replay a run.</summary>
    public int Seed { get; }

    /// <summary>The rules still active, in evaluation order.</summary>
    public IReadOnlyList<FaultRule> Rules
    {
        get
        {
            lock (_gate)
            {
                return _rules.ConvertAll(r => r.Rule);
            }
        }
    }

    /// <summary>Requests seen per operation name (faulted or not, authenticated or not).</summary>
    public IReadOnlyDictionary<string, int> RequestsSeen
    {
        get
        {
            lock (_gate)
            {
                return new Dictionary<string, int>(_requestsSeen, StringComparer.Ordinal);
            }
        }
    }

    /// <summary>Faults fired per kind.</summary>
    public IReadOnlyDictionary<FaultKind, int> FaultsFired
    {
        get
        {
            lock (_gate)
            {
                return new Dictionary<FaultKind, int>(_faultsFired);
            }
        }
    }

    /// <summary>All faults fired so far.</summary>
    public int TotalFaultsFired
    {
        get
        {
            lock (_gate)
            {
                return _faultsFired.Values.Sum();
            }
        }
    }

    /// <summary>Adds a rule after the existing ones.</summary>
    /// <exception cref="ArgumentException">The rule is inconsistent (see <see cref="FaultRule"/>).</exception>
    public void Add(FaultRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        rule.Validate();
        lock (_gate)
        {
            _rules.Add(new ActiveRule(rule));
        }
    }

    /// <summary>Removes every rule; counters are kept.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _rules.Clear();
        }
    }

    /// <summary>Sets every counter back to zero; rules are kept.</summary>
    public void ResetCounters()
    {
        lock (_gate)
        {
            _requestsSeen.Clear();
            _faultsFired.Clear();
        }
    }

    /// <summary>Counts the request and returns the rule that fires for it, if any.</summary>
    internal FaultRule? Evaluate(string operation)
    {
        lock (_gate)
        {
            _requestsSeen[operation] = _requestsSeen.GetValueOrDefault(operation) + 1;
            ActiveRule? chosen = null;
            foreach (var active in _rules)
            {
                if (!active.Matches(operation))
                {
                    continue;
                }

                active.Matched++;
                if (chosen is null && ShouldFire(active))
                {
                    chosen = active;
                }
            }

            if (chosen is not null)
            {
                chosen.Fired++;
                _faultsFired[chosen.Rule.Kind] = _faultsFired.GetValueOrDefault(chosen.Rule.Kind) + 1;
            }

            _rules.RemoveAll(r => r.IsSpent);
            return chosen?.Rule;
        }
    }

    private bool ShouldFire(ActiveRule active)
    {
        if (active.Rule.Nth is int nth && active.Matched != nth)
        {
            return false;
        }

        return active.Rule.Rate >= 1.0 || _random.NextDouble() < active.Rule.Rate;
    }

    private sealed class ActiveRule(FaultRule rule)
    {
        public FaultRule Rule { get; } = rule;

        public int Matched { get; set; }

        public int Fired { get; set; }

        public bool IsSpent => (Rule.Nth is int nth && Matched >= nth) || (Rule.Times is int times && Fired >= times);

        public bool Matches(string operation) =>
            Rule.Operation is null || string.Equals(Rule.Operation, operation, StringComparison.Ordinal);
    }
}
