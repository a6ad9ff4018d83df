namespace Bce.Emulator.PeerConns;

/// <summary>The <c>status</c> values of wire contract §2 the emulator produces.</summary>
internal static class PeerConnStatus
{
    public const string Creating = "creating";
    public const string Consulting = "consulting";
    public const string ConsultFailed = "consult_failed";
    public const string Active = "active";
    public const string Starting = "starting";
    public const string Updating = "updating";
    public const string Deleting = "deleting";
    public const string Deleted = "deleted";
    public const string Expired = "expired";
}

/// <summary>The <c>dnsStatus</c> values the emulator produces (it never produces <c>wait</c>).</summary>
internal static class DnsStatus
{
    public const string Close = "close";
    public const string Syncing = "syncing";
    public const string Open = "open";
    public const string Closing = "closing";
}

/// <summary>The two sides of a connection.</summary>
internal static class PeerConnRole
{
    public const string Initiator = "initiator";
    public const string Acceptor = "acceptor";

    /// <summary>Parses a <c>role</c> query value exactly (the wire values are lowercase).</summary>
    public static bool IsValid(string value) => value is Initiator or Acceptor;
}

/// <summary>The two billing modes.</summary>
internal static class PaymentTiming
{
    public const string Prepaid = "Prepaid";
    public const string Postpaid = "Postpaid";
}
