using Bce.Emulator;

namespace PeerConn.Sample;

/// <summary>
/// Command-line options. Without --endpoint the sample runs on the embedded emulator; without --local-vpc and
/// --peer-vpc (null here) it creates the two VPCs it peers, and deletes them at the end.
/// </summary>
internal sealed record SampleOptions(Uri? Endpoint, string Region, string? LocalVpcId, string? PeerVpcId)
{
    public const string Usage = """
        usage: dotnet run --project samples/PeerConn.Sample [-- options]

          (no options)          start the embedded PeerConn emulator and walk the whole life cycle on it
          --endpoint URL        run the single-account life cycle against URL (e.g. https://bcc.bj.baidubce.com);
                                credentials from BCE_ACCESS_KEY_ID, BCE_SECRET_ACCESS_KEY (and BCE_SESSION_TOKEN)
          --region R            region of both VPCs (default bj)
          --local-vpc ID        the initiator VPC (default: a VPC the sample creates, and deletes at the end)
          --peer-vpc ID         the peer VPC in the same account (default: a VPC the sample creates, and deletes)
        """;

    public static SampleOptions Parse(string[] args)
    {
        Uri? endpoint = null;
        var region = EmulatorDefaults.Region;
        string? localVpc = null;
        string? peerVpc = null;
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value.\n{Usage}");
            switch (args[i])
            {
                case "--endpoint":
                    endpoint = Uri.TryCreate(value, UriKind.Absolute, out var uri) ? uri : throw new ArgumentException($"--endpoint: '{value}' is not an absolute URL.");
                    break;
                case "--region":
                    region = value;
                    break;
                case "--local-vpc":
                    localVpc = value;
                    break;
                case "--peer-vpc":
                    peerVpc = value;
                    break;
                default:
                    throw new ArgumentException($"Unknown option {args[i]}.\n{Usage}");
            }

            i++;
        }

        return new SampleOptions(endpoint, region, localVpc, peerVpc);
    }
}
