namespace Bce.Emulator.Tests.Faults;

/// <summary>The injector's decisions without HTTP: determinism from the seed, rates and rule validation.</summary>
public sealed class FaultInjectorTests
{
    [Fact]
    public void The_same_seed_gives_the_same_faults()
    {
        Assert.Equal(Pattern(seed: 42), Pattern(seed: 42));
        Assert.NotEqual(Pattern(seed: 42), Pattern(seed: 43));
    }

    [Fact]
    public void A_rate_fires_about_that_often()
    {
        var fired = Pattern(seed: 7, requests: 2000).Count(f => f);
        Assert.InRange(fired, 500, 700);
    }

    [Theory]
    [InlineData(0.0, 0)]
    [InlineData(1.0, 100)]
    public void Rate_0_never_fires_and_rate_1_always_fires(double rate, int expected)
    {
        var injector = new FaultInjector(1);
        injector.Add(new FaultRule(FaultKind.Status500) { Rate = rate });
        Assert.Equal(expected, Enumerable.Range(0, 100).Count(_ => injector.Evaluate(OperationNames.ListPeerConn) is not null));
    }

    [Fact]
    public void The_first_rule_that_fires_wins_and_the_others_still_count_the_match()
    {
        var injector = new FaultInjector(1);
        injector.Add(new FaultRule(FaultKind.Status500) { Times = 1 });
        injector.Add(new FaultRule(FaultKind.Status503) { Nth = 2 });
        Assert.Equal(FaultKind.Status500, injector.Evaluate(OperationNames.ListPeerConn)?.Kind);
        Assert.Equal(FaultKind.Status503, injector.Evaluate(OperationNames.ListPeerConn)?.Kind);
        Assert.Null(injector.Evaluate(OperationNames.ListPeerConn));
    }

    [Fact]
    public void An_nth_rule_that_misses_its_turn_by_chance_retires()
    {
        var injector = new FaultInjector(1);
        injector.Add(new FaultRule(FaultKind.Status500) { Nth = 1, Rate = 0 });
        Assert.Null(injector.Evaluate(OperationNames.ListPeerConn));
        Assert.Empty(injector.Rules);
    }

    public static TheoryData<FaultRule> InvalidRules => new()
    {
        new FaultRule(FaultKind.Status500) { Operation = "CreatePeerConnection" },
        new FaultRule(FaultKind.Status500) { Rate = 1.5 },
        new FaultRule(FaultKind.Status500) { Rate = double.NaN },
        new FaultRule(FaultKind.Status500) { Times = 0 },
        new FaultRule(FaultKind.Status500) { Nth = 0 },
        new FaultRule(FaultKind.Status500) { Times = 1, Nth = 1 },
        new FaultRule(FaultKind.Delay),
        new FaultRule((FaultKind)99),
    };

    [Theory]
    [MemberData(nameof(InvalidRules))]
    public void Inconsistent_rules_are_refused(FaultRule rule)
    {
        Assert.ThrowsAny<ArgumentException>(() => new FaultInjector(1).Add(rule));
    }

    private static List<bool> Pattern(int seed, int requests = 200)
    {
        var injector = new FaultInjector(seed);
        injector.Add(new FaultRule(FaultKind.Status503) { Rate = 0.3 });
        return Enumerable.Range(0, requests).Select(_ => injector.Evaluate(OperationNames.CreatePeerConn) is not null).ToList();
    }
}
