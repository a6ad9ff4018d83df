namespace Bce.Emulator;

/// <summary>How a <see cref="BceEmulator"/> is started.</summary>
public sealed class EmulatorOptions
{
    /// <summary>The loopback port to listen on; 0 (the default) picks a free port.</summary>
    public int Port { get; set; }

    /// <summary>The accounts to serve; when empty, <see cref="EmulatorDefaults.Primary"/> and <see cref="EmulatorDefaults.Secondary"/>.</summary>
    public IList<EmulatorAccount> Accounts { get; init; } = new List<EmulatorAccount>();

    /// <summary>The region the emulator stands for (the <c>localRegion</c> of every connection). Default <c>bj</c>.</summary>
    public string Region { get; set; } = EmulatorDefaults.Region;

    /// <summary>
    /// The clock behind signature windows, STS expiry, idempotency-token expiry, prepaid expiry and the 7-day accept
    /// timeout. Tests pass a fake one and advance it.
    /// </summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Seed of the fault injector's random source; null picks one (see <see cref="FaultInjector.Seed"/>).</summary>
    public int? FaultSeed { get; set; }

    /// <summary>
    /// Fidelity switch. When true, GetPeerConnDetail of an unknown or deleted id answers 200 with an empty body, as the
    /// real service does. When false (the default), it answers 404 <c>NoSuchObject</c>.
    /// </summary>
    public bool NotFoundAsEmptyBody { get; set; }

    /// <summary>How far outside a signature's validity window a request is still accepted. Default 15 minutes.</summary>
    public TimeSpan ClockSkewAllowance { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// How long transitional statuses (<c>creating</c>, <c>starting</c>, <c>updating</c>, <c>deleting</c>, and the DNS
    /// states <c>syncing</c>/<c>closing</c>) last on the <see cref="TimeProvider"/> clock. Zero (the default) makes every
    /// transition immediate.
    /// </summary>
    public TimeSpan TransitionDuration { get; set; }

    /// <summary>Whether to log one line per request (operation, account, status) to the console.</summary>
    public bool LogToConsole { get; set; }

    /// <summary>The accounts actually served: <see cref="Accounts"/>, or the two defaults when it is empty.</summary>
    internal IReadOnlyList<EmulatorAccount> EffectiveAccounts() =>
        Accounts.Count == 0 ? [EmulatorDefaults.Primary, EmulatorDefaults.Secondary] : [.. Accounts];

    /// <summary>Throws when a setting cannot work.</summary>
    internal void Validate()
    {
        if (Port is < 0 or > 65535)
        {
            throw new ArgumentOutOfRangeException(nameof(Port), Port, "The port must be between 0 and 65535.");
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(Region, nameof(Region));
        ArgumentNullException.ThrowIfNull(TimeProvider, nameof(TimeProvider));
        if (ClockSkewAllowance < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(ClockSkewAllowance), ClockSkewAllowance, "The clock skew allowance cannot be negative.");
        }

        if (TransitionDuration < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(TransitionDuration), TransitionDuration, "The transition duration cannot be negative.");
        }

        var accountIds = new HashSet<string>(StringComparer.Ordinal);
        var accessKeyIds = new HashSet<string>(StringComparer.Ordinal);
        var vpcIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var account in EffectiveAccounts())
        {
            ArgumentNullException.ThrowIfNull(account, nameof(Accounts));
            ArgumentException.ThrowIfNullOrWhiteSpace(account.AccountId, nameof(Accounts));
            ArgumentException.ThrowIfNullOrWhiteSpace(account.AccessKeyId, nameof(Accounts));
            ArgumentException.ThrowIfNullOrWhiteSpace(account.SecretAccessKey, nameof(Accounts));
            if (!accountIds.Add(account.AccountId))
            {
                throw new ArgumentException($"The account id {account.AccountId} is configured twice.", nameof(Accounts));
            }

            if (!accessKeyIds.Add(account.AccessKeyId))
            {
                throw new ArgumentException($"The access key id {account.AccessKeyId} is configured twice.", nameof(Accounts));
            }

            foreach (var vpcId in account.VpcIds)
            {
                if (!vpcIds.Add(vpcId))
                {
                    throw new ArgumentException($"The VPC {vpcId} is given to two accounts.", nameof(Accounts));
                }
            }
        }
    }
}
