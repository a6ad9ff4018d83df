using System.Globalization;

namespace PeerConn.Emulator.Hosting;

/// <summary>
/// Parses <c>[--port N] [--account ID:AK:SK[:vpc-a,vpc-b]]... [--seed N] [--fault-rate R [--fault-kind K]
/// [--fault-operation OP]] [--region R] [--transition-seconds S] [--not-found-as-empty-body] [--log]</c>.
/// </summary>
internal sealed class CommandLine
{
    public const string Usage =
        "usage: PeerConn.Emulator [--port N] [--account ID:AK:SK[:vpc-a,vpc-b]]... [--seed N] [--fault-rate R]\n"
        + "                         [--fault-kind KIND] [--fault-operation OPERATION] [--region bj]\n"
        + "                         [--transition-seconds S] [--not-found-as-empty-body] [--log]";

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
            switch (name)
            {
                case "-h" or "--help":
                    return new CommandLine(options, null, showHelp: true);
                case "--not-found-as-empty-body":
                    options.NotFoundAsEmptyBody = true;
                    continue;
                case "--log":
                    options.LogToConsole = true;
                    continue;
            }

            var value = i + 1 < args.Count ? args[++i] : throw new FormatException($"{name} needs a value.");
            switch (name)
            {
                case "--port":
                    options.Port = ParseInt(name, value);
                    break;
                case "--account":
                    options.Accounts.Add(ParseAccount(value));
                    break;
                case "--seed":
                    options.FaultSeed = ParseInt(name, value);
                    break;
                case "--region":
                    options.Region = value;
                    break;
                case "--transition-seconds":
                    options.TransitionDuration = TimeSpan.FromSeconds(ParseInt(name, value));
                    break;
                case "--fault-rate":
                    faultRate = double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var rate) && rate is >= 0 and <= 1
                        ? rate
                        : throw new FormatException($"--fault-rate must be a number from 0 to 1, not '{value}'.");
                    break;
                case "--fault-kind":
                    faultKind = Enum.TryParse<FaultKind>(value, ignoreCase: true, out var kind) && Enum.IsDefined(kind) && kind != FaultKind.Delay
                        ? kind
                        : throw new FormatException($"--fault-kind must be one of {string.Join(", ", Enum.GetNames<FaultKind>().Where(n => n != nameof(FaultKind.Delay)))}.");
                    break;
                case "--fault-operation":
                    faultOperation = OperationNames.All.Contains(value)
                        ? value
                        : throw new FormatException($"--fault-operation must be one of {string.Join(", ", OperationNames.All)}.");
                    break;
                default:
                    throw new FormatException($"Unknown option {name}.");
            }
        }

        var fault = faultRate is { } r ? new FaultRule(faultKind) { Rate = r, Operation = faultOperation } : null;
        return new CommandLine(options, fault, showHelp: false);
    }

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
