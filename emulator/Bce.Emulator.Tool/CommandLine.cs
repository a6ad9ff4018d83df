using System.Globalization;

namespace Bce.Emulator.Tool;

/// <summary>
/// The arguments of <c>bce-emulator</c>: <c>[--port N] [--account ID:AK:SK[:vpc-a,vpc-b]]... [--seed N]
/// [--fault-rate R [--fault-kind K] [--fault-operation OP]] [--region R] [--transition-seconds S]
/// [--not-found-as-empty-body] [--log] [--help]</c>.
/// </summary>
internal sealed class CommandLine
{
    /// <summary>The fault kinds a flag can name; <see cref="FaultKind.Delay"/> needs a duration no flag gives.</summary>
    private static readonly string[] FaultKindNames = Enum.GetNames<FaultKind>().Where(n => n != nameof(FaultKind.Delay)).ToArray();

    /// <summary>What <c>--help</c> prints, and what follows an argument error.</summary>
    public static string Usage { get; } = $"""
        usage: bce-emulator [options]

        A local Baidu AI Cloud VPC service (VPCs, subnets, PeerConn; STS GetSessionToken) on 127.0.0.1, state in memory.
        Prints "listening on http://127.0.0.1:PORT" first; SIGINT (Ctrl+C) or SIGTERM stops it (exit 0).

          --port N                      loopback port; 0 (default) picks a free one
          --account ID:AK:SK[:VPCS]     serve this account (repeatable; VPCS = vpc-a,vpc-b it owns, seeded
                                        as VPCs with the CIDRs 10.0.0.0/16, 10.1.0.0/16, … in order);
                                        default: the two documented test accounts
          --region R                    the region it stands for (default {EmulatorDefaults.Region})
          --transition-seconds S        how long transitional statuses last (default 0: immediate)
          --not-found-as-empty-body     GetPeerConnDetail of a missing id: 200 + empty body, as the real service
          --fault-rate R                fail requests with probability R (0 to 1)
          --fault-kind KIND             what the fault does (default Status503):
                                        {WrappedFaultKinds()}
          --fault-operation OPERATION   fail only this operation (default any), e.g. CreatePeerConn
          --seed N                      seed of the fault injector's random source (default random, printed)
          --log                         one log line per request and per injected fault (never keys)
          -h, --help                    print this help and exit
        """;

    private CommandLine(EmulatorOptions options, FaultRule? fault, bool showHelp)
    {
        Options = options;
        Fault = fault;
        ShowHelp = showHelp;
    }

    /// <summary>The emulator options the arguments describe.</summary>
    public EmulatorOptions Options { get; }

    /// <summary>The fault rule of <c>--fault-rate</c>, if given.</summary>
    public FaultRule? Fault { get; }

    /// <summary>Whether <c>--help</c> was asked for.</summary>
    public bool ShowHelp { get; }

    /// <summary>Parses the arguments; throws <see cref="FormatException"/> with a readable message when they are wrong.</summary>
    public static CommandLine Parse(IReadOnlyList<string> args)
    {
        var options = new EmulatorOptions();
        double? faultRate = null;
        var faultKind = FaultKind.Status503;
        string? faultOperation = null;
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            string Value() => i + 1 < args.Count ? args[++i] : throw new FormatException($"{name} needs a value.");
            switch (name)
            {
                case "-h" or "--help":
                    return new CommandLine(options, null, showHelp: true);
                case "--not-found-as-empty-body":
                    options.NotFoundAsEmptyBody = true;
                    break;
                case "--log":
                    options.LogToConsole = true;
                    break;
                case "--port":
                    options.Port = ParseInt(name, Value());
                    break;
                case "--account":
                    options.Accounts.Add(ParseAccount(Value()));
                    break;
                case "--seed":
                    options.FaultSeed = ParseInt(name, Value());
                    break;
                case "--region":
                    options.Region = Value();
                    break;
                case "--transition-seconds":
                    options.TransitionDuration = TimeSpan.FromSeconds(ParseInt(name, Value()));
                    break;
                case "--fault-rate":
                    faultRate = ParseRate(Value());
                    break;
                case "--fault-kind":
                    faultKind = ParseFaultKind(Value());
                    break;
                case "--fault-operation":
                    faultOperation = ParseOperation(Value());
                    break;
                default:
                    throw new FormatException($"Unknown option {name}; see --help.");
            }
        }

        var fault = faultRate is { } r ? new FaultRule(faultKind) { Rate = r, Operation = faultOperation } : null;
        return new CommandLine(options, fault, showHelp: false);
    }

    private static double ParseRate(string value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var rate) && rate is >= 0 and <= 1
            ? rate
            : throw new FormatException($"--fault-rate must be a number from 0 to 1, not '{value}'.");

    private static FaultKind ParseFaultKind(string value) =>
        FaultKindNames.FirstOrDefault(n => string.Equals(n, value, StringComparison.OrdinalIgnoreCase)) is { } kind
            ? Enum.Parse<FaultKind>(kind)
            : throw new FormatException($"--fault-kind must be one of {string.Join(", ", FaultKindNames)}, not '{value}'.");

    private static string ParseOperation(string value) =>
        OperationNames.All.Contains(value)
            ? value
            : throw new FormatException($"--fault-operation must be one of {string.Join(", ", OperationNames.All)}, not '{value}'.");

    /// <summary>The fault kind names, a few per line, indented under the <c>--fault-kind</c> description.</summary>
    private static string WrappedFaultKinds() =>
        string.Join(",\n" + new string(' ', 32), FaultKindNames.Chunk(3).Select(names => string.Join(", ", names)));

    private static int ParseInt(string name, string value) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw new FormatException($"{name} needs an integer, not '{value}'.");

    private static EmulatorAccount ParseAccount(string value)
    {
        var parts = value.Split(':');
        if (parts.Length is < 3 or > 4 || parts.Take(3).Any(string.IsNullOrWhiteSpace))
        {
            throw new FormatException($"--account must be ID:AK:SK or ID:AK:SK:vpc-a,vpc-b, not '{value}'.");
        }

        var vpcIds = parts.Length == 4
            ? parts[3].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList()
            : [];
        return new EmulatorAccount(parts[0], parts[1], parts[2]) { VpcIds = vpcIds };
    }
}
