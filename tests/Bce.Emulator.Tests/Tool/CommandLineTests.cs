using Bce.Emulator.Tool;

namespace Bce.Emulator.Tests.Tool;

/// <summary>The arguments of <c>bce-emulator</c>, parsed in-process.</summary>
public sealed class CommandLineTests
{
    [Fact]
    public void Parses_every_option()
    {
        var parsed = CommandLine.Parse([
            "--port", "8123", "--account", "acct:ak:sk:vpc-a,vpc-b", "--account", "other:ak2:sk2", "--seed", "7",
            "--fault-rate", "0.25", "--fault-kind", "DropConnection", "--fault-operation", "CreatePeerConn", "--region", "gz",
            "--transition-seconds", "5", "--not-found-as-empty-body", "--log",
        ]);
        var options = parsed.Options;
        Assert.Equal(8123, options.Port);
        Assert.Equal(["acct", "other"], options.Accounts.Select(a => a.AccountId));
        Assert.Equal(["vpc-a", "vpc-b"], options.Accounts[0].VpcIds);
        Assert.Equal(7, options.FaultSeed);
        Assert.Equal("gz", options.Region);
        Assert.Equal(TimeSpan.FromSeconds(5), options.TransitionDuration);
        Assert.True(options.NotFoundAsEmptyBody);
        Assert.True(options.LogToConsole);
        Assert.False(parsed.ShowHelp);
        Assert.Equal(new FaultRule(FaultKind.DropConnection) { Rate = 0.25, Operation = "CreatePeerConn" }, parsed.Fault);
    }

    [Fact]
    public void Without_arguments_it_serves_the_defaults_without_faults()
    {
        var parsed = CommandLine.Parse([]);
        Assert.Empty(parsed.Options.Accounts);
        Assert.Null(parsed.Fault);
        Assert.Equal(0, parsed.Options.Port);
        Assert.False(parsed.ShowHelp);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("--port", "0", "--help")]
    public void Help_is_recognised_anywhere(params string[] args)
    {
        Assert.True(CommandLine.Parse(args).ShowHelp);
    }

    [Fact]
    public void Fault_kinds_are_case_insensitive()
    {
        Assert.Equal(FaultKind.Status500AfterWrite, CommandLine.Parse(["--fault-rate", "1", "--fault-kind", "status500afterwrite"]).Fault!.Kind);
    }

    [Theory]
    [InlineData("--port")]
    [InlineData("--port", "eighty")]
    [InlineData("--account", "only:two")]
    [InlineData("--account", "a::sk")]
    [InlineData("--fault-rate", "2")]
    [InlineData("--fault-kind", "Meteor")]
    [InlineData("--fault-kind", "Delay")]
    [InlineData("--fault-operation", "Reboot")]
    [InlineData("--transition-seconds", "soon")]
    [InlineData("--verbose")]
    public void Bad_arguments_are_a_FormatException_naming_the_problem(params string[] args)
    {
        var error = Assert.Throws<FormatException>(() => CommandLine.Parse(args));
        Assert.Contains(args[0], error.Message);
    }

    [Theory]
    [InlineData("--bogus")]
    [InlineData("--bogus", "value")]
    [InlineData("--port", "0", "--bogus")]
    public void An_unknown_option_is_reported_as_unknown_with_or_without_a_value(params string[] args)
    {
        var error = Assert.Throws<FormatException>(() => CommandLine.Parse(args));
        Assert.Equal("Unknown option --bogus; see --help.", error.Message);
    }

    [Fact]
    public void Usage_names_every_flag_and_every_fault_kind_a_flag_can_choose()
    {
        foreach (var flag in new[] { "--port", "--account", "--region", "--transition-seconds", "--not-found-as-empty-body", "--fault-rate", "--fault-kind", "--fault-operation", "--seed", "--log", "--help" })
        {
            Assert.Contains(flag, CommandLine.Usage);
        }

        foreach (var kind in Enum.GetValues<FaultKind>().Where(k => k != FaultKind.Delay))
        {
            Assert.Contains(kind.ToString(), CommandLine.Usage);
        }

        Assert.StartsWith("usage: bce-emulator", CommandLine.Usage);
    }
}
